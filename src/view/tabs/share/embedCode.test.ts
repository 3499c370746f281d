// @vitest-environment jsdom
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { readSceneHash } from '../../../scene/codec/link';
import { readViewKeys } from '../../../scene/codec/viewLink';
import { readLessonKeys } from '../../../scene/codec/lessonLink';
import { exampleLesson } from '../../../scene/lesson/exampleLesson';
import { EMBED_TITLE, embedCode, embedLink, fullPageLink, htmlAttribute } from './embedCode';

const page = { origin: 'https://example.org', pathname: '/course/loss/', search: '' };
const DEFAULT_HASH =
  'm=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&p=B1,bob,0.1,0.9&p=B2,bob,0.15,0.85&pairs=A1-A2,A1-B1,A2-B2,B1-B2';

/** The elements an HTML snippet holds, as a browser parses it. */
const elementsOf = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.children];
};

/** The one element of an HTML snippet. */
const parse = (html: string) => {
  const elements = elementsOf(html);
  expect(elements).toHaveLength(1);
  return elements[0]!;
};

/** The frame of an embed code, which is followed by its script and nothing else. */
const frameOf = (code: string) => {
  const elements = elementsOf(code);
  expect(elements.map((element) => element.tagName)).toEqual(['IFRAME', 'SCRIPT']);
  return elements[0]!;
};

describe('an HTML attribute', () => {
  it('escapes the ampersand first, then quotes and angle brackets', () => {
    expect(htmlAttribute('a&b="<c>"&amp;')).toBe('a&amp;b=&quot;&lt;c&gt;&quot;&amp;amp;');
  });

  it('reads back as the text it was given', () => {
    const text = '#m=1&p=A1,alice,0,0&x="><script>&lt;';
    expect(parse(`<a title="${htmlAttribute(text)}"></a>`).getAttribute('title')).toBe(text);
  });
});

describe('the embed code', () => {
  it('is a frame of the scene, embed=1 in its link, every & escaped, 960 px until told', () => {
    const [frame] = embedCode(defaultScene, { ...page, hash: '' }).split('\n');
    expect(frame).toBe(
      `<iframe src="https://example.org/course/loss/#${DEFAULT_HASH.replaceAll('&', '&amp;')}&amp;embed=1" title="${EMBED_TITLE}" width="100%" height="960" style="border:0" loading="lazy"></iframe>`,
    );
    expect(frame).not.toMatch(/&(?!amp;)/);
  });

  it('is plain ASCII, for a course page that does not say its text is UTF-8', () => {
    expect(embedCode(defaultScene, { ...page, hash: '' })).toMatch(/^[\t\n\x20-\x7e]*$/);
  });

  it('holds the scene of the store and the address’s other keys, and reads back as them', () => {
    const moved = { ...defaultScene, margin: 1.5 };
    const frame = frameOf(
      embedCode(moved, { ...page, hash: '#m=1&present=1&hide=toolbar,tabs&lesson=3&embed=1' }),
    );
    expect(frame.tagName).toBe('IFRAME');
    const src = frame.getAttribute('src')!;
    expect(src).toBe(embedLink(moved, { ...page, hash: '#m=1&hide=toolbar,tabs&lesson=3' }));
    const hash = new URL(src).hash;
    expect(hash).toBe(
      `#${DEFAULT_HASH.replace('m=1', 'm=1.5')}&hide=toolbar,tabs&lesson=3&embed=1`,
    );
    expect(readSceneHash(hash)).toEqual({ kind: 'scene', ok: true, value: moved });
    expect(readViewKeys(hash)).toMatchObject({ embed: true, present: false });
    expect(frame.getAttribute('title')).toBe(EMBED_TITLE);
  });
});

describe('the embed code’s script', () => {
  /** A course page with the code pasted in as it is, after a frame of some other site. */
  function coursePage() {
    document.body.innerHTML = '<iframe title="other site"></iframe>';
    const [frame, script] = elementsOf(embedCode(defaultScene, { ...page, hash: '' }));
    document.body.append(frame!);
    // The script run as the course page runs it, with the page's window and document.
    runInNewContext(script!.textContent, { window, document });
    const [other, figure] = [...document.querySelectorAll('iframe')];
    return { other: other!, figure: figure! };
  }
  const tell = (from: HTMLIFrameElement, origin: string, data: unknown) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: from.contentWindow }));

  it('sets the frame the figure speaks from to the height it reports, and nothing else', () => {
    const { other, figure } = coursePage();
    const height = { type: 'contrastive-loss:height', height: 1735 };
    tell(figure, 'https://example.org', height);
    expect([figure.style.height, other.style.height]).toEqual(['1735px', '']);
    // Another site saying the same is not heard, from any frame.
    tell(figure, 'https://elsewhere.example', { ...height, height: 20 });
    tell(other, 'https://elsewhere.example', { ...height, height: 30 });
    expect([figure.style.height, other.style.height]).toEqual(['1735px', '']);
    for (const data of [
      { ...height, height: 0 },
      { ...height, height: 12.5 },
      { ...height, height: '900' },
      { type: 'other', height: 900 },
      'contrastive-loss:height',
      null,
    ])
      tell(figure, 'https://example.org', data);
    expect(figure.style.height).toBe('1735px');
    tell(figure, 'https://example.org', { ...height, height: 1802 });
    expect(figure.style.height).toBe('1802px');
  });
});

describe('the embed code of a lesson', () => {
  it('holds the lesson and its step, once, beside embed=1', () => {
    const place = { lesson: exampleLesson, lessonAt: 2, start: 'here' } as const;
    const scene = { ...defaultScene, margin: 0.25 };
    const src = frameOf(
      embedCode(scene, { ...page, hash: '#step=stale&at=9&hide=tabs' }, place),
    ).getAttribute('src')!;
    const hash = new URL(src).hash;
    expect(hash).not.toContain('stale');
    expect(hash).toMatch(/&at=3&hide=tabs&embed=1$/);
    const read = readLessonKeys(hash);
    expect(read).toMatchObject({ kind: 'lesson', at: 2, problems: [] });
    expect(read.kind === 'lesson' && read.lesson.steps).toHaveLength(exampleLesson.steps.length);
    expect(fullPageLink(scene, { ...page, hash: '#embed=1' }, place)).toBe(
      embedLink(scene, { ...page, hash: '' }, place).replace(/&embed=1$/, ''),
    );
  });
});

describe('the embed code of a lesson from step 1', () => {
  it('holds the lesson alone, with no step of its own, whatever the step on screen', () => {
    const place = { lesson: exampleLesson, lessonAt: 4, start: 'first' } as const;
    const src = frameOf(
      embedCode({ ...defaultScene, margin: 0.25 }, { ...page, hash: '#at=5' }, place),
    ).getAttribute('src')!;
    const hash = new URL(src).hash;
    expect(hash).toMatch(/^#step=.*&embed=1$/);
    expect(hash).not.toContain('at=');
    expect(readSceneHash(hash).kind).toBe('empty');
    expect(readLessonKeys(hash)).toMatchObject({ kind: 'lesson', at: 0, problems: [] });
  });
});

describe('the way from a frame to the whole page', () => {
  it('is the same scene and keys, without embed=1', () => {
    expect(fullPageLink(defaultScene, { ...page, hash: '#m=2&embed=1&hide=tabs' })).toBe(
      `https://example.org/course/loss/#${DEFAULT_HASH}&hide=tabs`,
    );
  });
});
