// @vitest-environment jsdom
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

/** The one element an HTML snippet holds, as a browser parses it. */
const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  expect(template.content.children).toHaveLength(1);
  return template.content.firstElementChild!;
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
  it('is one frame of the scene, embed=1 in its link, every & escaped', () => {
    const code = embedCode(defaultScene, { ...page, hash: '' });
    expect(code).toBe(
      `<iframe src="https://example.org/course/loss/#${DEFAULT_HASH.replaceAll('&', '&amp;')}&amp;embed=1" title="${EMBED_TITLE}" width="100%" height="960" style="border:0" loading="lazy"></iframe>`,
    );
    expect(code).not.toMatch(/&(?!amp;)/);
  });

  it('holds the scene of the store and the address’s other keys, and reads back as them', () => {
    const moved = { ...defaultScene, margin: 1.5 };
    const frame = parse(
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

describe('the embed code of a lesson', () => {
  it('holds the lesson and its step, once, beside embed=1', () => {
    const place = { lesson: exampleLesson, lessonAt: 2, start: 'here' } as const;
    const scene = { ...defaultScene, margin: 0.25 };
    const src = parse(
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
    const src = parse(
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
