// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../testing/intersection';
import { stubMediaQueries } from '../testing/mediaQueries';
import { renderWithStore } from '../testing/renderExplorer';
import { Article } from './Article';
import { STORY } from './story';

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
  await screen.findByRole('heading', { level: 2, name: 'In short' }, { timeout: 15_000 });
  return rendered;
}

describe('the article', () => {
  it('has one section per step of the story, in the story’s order', async () => {
    const { container } = await renderArticle();
    const ids = [...container.querySelectorAll('section.story-section')].map((s) => s.id);
    expect(ids).toEqual(STORY.map((step) => step.id));
  }, 20_000);
});
