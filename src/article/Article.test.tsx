// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../testing/intersection';
import { recordScrolls } from '../testing/scrollRecorder';
import { stubMediaQueries } from '../testing/mediaQueries';
import { renderWithStore } from '../testing/renderExplorer';
import { Article } from './Article';
import { GLOSSARY, glossaryAnchor, type GlossaryId } from './glossary';
import { STORY } from './story';

/** What a first use of each glossary term looks like in the text. */
const FIRST_USE: Record<GlossaryId, RegExp> = {
  embedding: /\bembeddings?\b/i,
  'positive-negative': /\b(positive|negative) pairs?\b|\b(positives|negatives)\b/i,
  margin: /\bmargin\b/i,
  collapse: /\bcollapse/i,
  'l2-normalised': /\bL2[- ]normali[sz]/i,
  'hard-negative': /\bhard[- ]negatives?\b/i,
  'semi-hard-negative': /\bsemi-hard\b/i,
  infonce: /\bInfoNCE\b/,
  temperature: /temperature|τ/i,
  'nt-xent': /\bNT-Xent\b/,
  simclr: /\bSimCLR\b/,
  clip: /\bCLIP\b/,
  'siamese-network': /\bsiamese\b/i,
  adam: /\bAdam\b/,
  pca: /\bPCA\b/,
  'knn-accuracy': /\b5-NN\b|nearest[- ]neighbour|five nearest/i,
};

const scrolledTo = recordScrolls();

beforeEach(() => {
  stubIntersectionObserver();
  stubMediaQueries(() => false);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The whole article, its lazy rest loaded (an import that may take seconds on a busy machine). */
async function renderArticle() {
  const rendered = renderWithStore(<Article />);
  await screen.findByRole('heading', { level: 2, name: 'Glossary' }, { timeout: 15_000 });
  return rendered;
}

/** The article's running text in reading order: no headings, no formulas, not the glossary. */
function textNodes(article: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('h2, h3, .katex, #glossary')) nodes.push(node as Text);
  }
  return nodes;
}

describe('the article', () => {
  it('has one section per step of the story, in the story’s order', async () => {
    const { container } = await renderArticle();
    const ids = [...container.querySelectorAll('section.story-section')].map((s) => s.id);
    expect(ids).toEqual(STORY.map((step) => step.id));
  }, 20_000);

  it('defines each glossary term where it is first used, or links it to its entry', async () => {
    const { container } = await renderArticle();
    const text = textNodes(container.querySelector('article')!);
    const unmarked = GLOSSARY.flatMap(({ id }) => {
      const first = text.find((node) => FIRST_USE[id].test(node.data));
      if (!first) return [`${id}: never used`];
      const marked = first.parentElement!.closest(`dfn, a[href="#${glossaryAnchor(id)}"]`);
      return marked ? [] : [`${id}: “${first.data.trim().slice(0, 90)}”`];
    });
    expect(unmarked).toEqual([]);
  }, 20_000);

  it('takes a term’s link to its entry without writing it into the hash', async () => {
    await renderArticle();
    const link = screen.getAllByRole('link', { name: 'NT-Xent' })[0]!;
    expect(link.getAttribute('href')).toBe('#glossary-nt-xent');
    expect(link.getAttribute('title')).toMatch(/SimCLR’s name for InfoNCE/);
    const entry = document.getElementById('glossary-nt-xent')!;
    expect(fireEvent.click(link)).toBe(false);
    expect(scrolledTo).toEqual([entry]);
    expect(document.activeElement).toBe(entry);
    expect(window.location.hash).toBe('');
  }, 20_000);
});
