import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNumber, describeMiss, readAnswer } from './check';

describe('reading answers', () => {
  it.each([
    ['0.9192', 0.9192],
    [' -1 ', -1],
    ['−1', -1],
    ['≈ 0.92', 0.92],
    ['49,995,000', 49995000],
    ['49 995 000', 49995000],
    ['0,25', 0.25],
    ['.25', 0.25],
    ['1e-3', 0.001],
  ])('reads %j as %s', (text, value) => {
    expect(readAnswer(text)).toBe(value);
  });

  it.each(['', 'abc', '1,2,3', '0x10', 'Infinity', '1..2', '12,34,567'])(
    'does not read %j',
    (text) => {
      expect(readAnswer(text)).toBeUndefined();
    },
  );

  it('reads back any number it printed', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(readAnswer(String(value))).toBe(value + 0);
      }),
    );
  });
});

describe('judging answers', () => {
  it('accepts answers within the tolerance and says how far off the others are', () => {
    expect(checkNumber('0.9192', Math.sqrt(0.845), 0.0005).status).toBe('right');
    expect(checkNumber('0.92', Math.sqrt(0.845), 0.0005).status).toBe('wrong');
    expect(checkNumber('', 1, 0.1)).toEqual({ status: 'empty' });
    expect(checkNumber('lots', 1, 0.1)).toEqual({ status: 'unreadable', text: 'lots' });
    expect(describeMiss(0.93, 0.9192)).toBe('0.011 too high (1.2% off)');
    expect(describeMiss(100, 199)).toBe('99 too low (50% off)');
    expect(describeMiss(0.5, 0)).toBe('0.5 too high');
  });
});
