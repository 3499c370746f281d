import { describe, expect, it } from 'vitest';
import { readViewKeys, withViewKeys } from './viewLink';

const SCENE = 'm=1&p=A1,alice,0.8,0.2&p=B1,bob,0.1,0.9&pairs=A1-B1';

describe('readViewKeys', () => {
  it('finds nothing in a scene-only link', () => {
    expect(readViewKeys(`#${SCENE}`)).toEqual({
      present: false,
      contrast: false,
      landscape: false,
      hidden: [],
    });
  });

  it('reads presentation, high contrast and the hidden controls', () => {
    expect(readViewKeys(`#${SCENE}&present=1&contrast=high&landscape=1&hide=toolbar,tabs`)).toEqual(
      {
        present: true,
        contrast: true,
        landscape: true,
        hidden: ['toolbar', 'tabs'],
      },
    );
  });

  it('ignores unknown control names, stray spaces, case and repeats', () => {
    expect(readViewKeys('#hide=Slider,%20wings,slider&hide=legend,,').hidden).toEqual([
      'slider',
      'legend',
    ]);
  });

  it('reads the plane marks a link leaves out', () => {
    expect(readViewKeys(`#${SCENE}&hide=circles,lines,labels`).hidden).toEqual([
      'circles',
      'lines',
      'labels',
    ]);
  });

  it('takes only the documented values as on', () => {
    expect(readViewKeys('#present=yes&contrast=1&landscape=on')).toEqual({
      present: false,
      contrast: false,
      landscape: false,
      hidden: [],
    });
  });

  it('never throws on broken escapes', () => {
    expect(readViewKeys('#present=1&hide=%E0%A4%A').present).toBe(true);
  });
});

describe('withViewKeys', () => {
  it('adds the keys after the scene and leaves the scene as written', () => {
    expect(withViewKeys(`#${SCENE}`, { present: true, contrast: true, landscape: true })).toBe(
      `${SCENE}&landscape=1&present=1&contrast=high`,
    );
  });

  it('removes the keys it turns off and keeps every other key, hide included', () => {
    expect(
      withViewKeys(`#present=1&${SCENE}&landscape=1&hide=toolbar&contrast=high`, {
        present: false,
        contrast: false,
        landscape: false,
      }),
    ).toBe(`${SCENE}&hide=toolbar`);
  });

  it('writes an empty hash as just the view keys', () => {
    expect(withViewKeys('', { present: true, contrast: false, landscape: false })).toBe(
      'present=1',
    );
  });
});
