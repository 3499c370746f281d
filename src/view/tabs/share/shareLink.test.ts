import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { readSceneHash } from '../../../scene/codec/link';
import { shareLink } from './shareLink';

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
