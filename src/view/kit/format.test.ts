import { describe, expect, it } from 'vitest';
import { counted, fixed4, plural, thousands } from './format';

describe('numbers as the page shows them', () => {
  it('gives losses and distances four decimals', () => {
    expect(fixed4(0.033044737)).toBe('0.0330');
    expect(fixed4(999999.5)).toBe('999999.5000');
  });

  it('writes the huge losses of a diverged run in powers of ten', () => {
    expect(fixed4(11209107348001.5)).toBe('1.121e+13');
    expect(fixed4(-2.5e6)).toBe('−2.5e+6');
  });

  it('groups counts by thousands', () => {
    expect(thousands(1999000)).toBe('1,999,000');
  });

  it('agrees counts with their nouns', () => {
    expect(plural(1, 'pair')).toBe('pair');
    expect(plural(0, 'pair')).toBe('pairs');
    expect(counted(1, 'point makes', 'points make')).toBe('1 point makes');
    expect(counted(1999000, 'pair')).toBe('1,999,000 pairs');
    expect(counted(2, 'person', 'people')).toBe('2 people');
  });
});
