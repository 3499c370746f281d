import { describe, expect, it } from 'vitest';
import { readViewKeys, withEmbed, withViewKeys } from './viewLink';

const SCENE = 'm=1&p=A1,alice,0.8,0.2&p=B1,bob,0.1,0.9&pairs=A1-B1';

describe('readViewKeys', () => {
  it('finds nothing in a scene-only link', () => {
    expect(readViewKeys(`#${SCENE}`)).toEqual({
      present: false,
      contrast: false,
      landscape: false,
      embed: false,
      lab: false,
      hidden: [],
    });
  });

  it('reads presentation, high contrast and the hidden controls', () => {
    expect(
      readViewKeys(`#${SCENE}&present=1&contrast=high&landscape=1&embed=1&lab=1&hide=toolbar,tabs`),
    ).toEqual({
      present: true,
      contrast: true,
      landscape: true,
      embed: true,
      lab: true,
      hidden: ['toolbar', 'tabs'],
    });
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
    expect(readViewKeys('#present=yes&contrast=1&landscape=on&embed=true&lab=yes')).toEqual({
      present: false,
      contrast: false,
      landscape: false,
      embed: false,
      lab: false,
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

describe('withEmbed', () => {
  it('adds embed=1 after every other key, and drops present=1, which a frame ignores', () => {
    expect(withEmbed(`#present=1&${SCENE}&hide=toolbar&lesson=2`, true)).toBe(
      `${SCENE}&hide=toolbar&lesson=2&embed=1`,
    );
  });

  it('writes embed=1 once however often the hash held it', () => {
    expect(withEmbed(`#embed=1&${SCENE}&embed=0`, true)).toBe(`${SCENE}&embed=1`);
  });

  it('takes embed away for the whole page and leaves the rest as written', () => {
    expect(withEmbed(`#${SCENE}&embed=1&hide=tabs&present=1`, false)).toBe(
      `${SCENE}&hide=tabs&present=1`,
    );
    expect(withEmbed('#embed=1', false)).toBe('');
  });

  it('leaves keys that only begin like embed alone', () => {
    expect(withEmbed('#embedded=2&presenter=x', true)).toBe('embedded=2&presenter=x&embed=1');
  });
});
