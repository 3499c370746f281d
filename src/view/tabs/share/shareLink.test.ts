import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { readSceneHash } from '../../../scene/codec/link';
import { readLessonKeys } from '../../../scene/codec/lessonLink';
import { exampleLesson } from '../../../scene/lesson/exampleLesson';
import { emptyLesson, isSceneStep } from '../../../scene/lesson/lesson';
import { shareLink, type LessonStart } from './shareLink';

const page = { origin: 'https://example.org', pathname: '/course/loss/', search: '' };
const DEFAULT_HASH =
  'm=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&p=B1,bob,0.1,0.9&p=B2,bob,0.15,0.85&pairs=A1-A2,A1-B1,A2-B2,B1-B2';

describe('the link to share', () => {
  it('is the page address with the scene in its hash', () => {
    expect(shareLink(defaultScene, { ...page, hash: '' })).toBe(
      `https://example.org/course/loss/#${DEFAULT_HASH}`,
    );
  });

  it('writes the scene from the store, not the stale hash, and keeps the other keys', () => {
    const moved = { ...defaultScene, margin: 1.5 };
    const link = shareLink(moved, {
      ...page,
      search: '?lang=en',
      hash: `#m=1&p=A1,alice,0,0&present=1&hide=train%2Cmargin&norm=1&lr=0.5`,
    });
    expect(link).toBe(
      `https://example.org/course/loss/?lang=en#${DEFAULT_HASH.replace('m=1', 'm=1.5')}&present=1&hide=train%2Cmargin`,
    );
  });

  it('writes the loss and τ once, from the store, over a stale loss= and tau= in the address', () => {
    const scene = { ...defaultScene, loss: 'infonce', tau: 0.2 };
    const link = shareLink(scene, { ...page, hash: '#m=1&loss=triplet&tau=0.5&present=1' });
    expect(link).toBe(
      `https://example.org/course/loss/#${DEFAULT_HASH}&loss=infonce&tau=0.2&present=1`,
    );
  });

  it('reads back as the same scene', () => {
    const scene = {
      ...defaultScene,
      norm: true,
      lr: 0.3,
      colours: { 'big bob': '#112233' },
      points: defaultScene.points.map((p, i) => (i > 1 ? { ...p, identity: 'big bob' } : p)),
    };
    const link = shareLink(scene, { ...page, hash: '#present=1' });
    const reading = readSceneHash(new URL(link).hash);
    expect(reading).toEqual({ kind: 'scene', ok: true, value: scene });
  });
});

describe('the link to a lesson', () => {
  const step3 = exampleLesson.steps[2]!;
  if (!isSceneStep(step3)) throw new Error('the example’s step 3 is a scene');
  const edited = { ...step3.scene, margin: 0.8 };
  const at3 = (start: LessonStart) => ({ lesson: exampleLesson, lessonAt: 2, start });
  const hashOf = (link: string) => new URL(link).hash;

  it('from step 1 holds the lesson alone, whatever is on screen, and the address’s other keys', () => {
    const hash = hashOf(shareLink(edited, { ...page, hash: '#m=1&at=3&present=1' }, at3('first')));
    expect(readSceneHash(hash).kind).toBe('empty');
    expect(readLessonKeys(hash)).toMatchObject({ kind: 'lesson', at: 0, problems: [] });
    expect(hash).not.toContain('at=');
    expect(hash).toMatch(/^#step=.*&present=1$/);
  });

  it('from this step holds the step on screen, and the scene too once it is edited', () => {
    const asItWas = hashOf(shareLink(step3.scene, { ...page, hash: '' }, at3('here')));
    expect(readSceneHash(asItWas).kind).toBe('empty');
    expect(readLessonKeys(asItWas)).toMatchObject({ kind: 'lesson', at: 2 });
    const moved = hashOf(shareLink(edited, { ...page, hash: '' }, at3('here')));
    expect(readSceneHash(moved)).toEqual({ kind: 'scene', ok: true, value: edited });
    expect(readLessonKeys(moved)).toMatchObject({ kind: 'lesson', at: 2 });
  });

  it('is the scene’s own link when there is no lesson, from either start', () => {
    for (const start of ['first', 'here'] as const)
      expect(
        shareLink(defaultScene, { ...page, hash: '' }, { lesson: emptyLesson, lessonAt: 0, start }),
      ).toBe(`https://example.org/course/loss/#${DEFAULT_HASH}`);
  });
});
