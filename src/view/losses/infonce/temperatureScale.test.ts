import { describe, expect, it } from 'vitest';
import {
  formatTau,
  MAX_POSITION,
  MIN_POSITION,
  POSITION_STEP,
  positionOfTau,
  TAU_TICKS,
  tauOfPosition,
} from './temperatureScale';

describe('the temperature scale', () => {
  it('runs along log10 τ from 0.01 to 10, ticks evenly apart', () => {
    expect([MIN_POSITION, MAX_POSITION]).toEqual([-2, 1]);
    expect(TAU_TICKS.map(positionOfTau)).toEqual([-2, -1, 0, 1]);
    expect(positionOfTau(0.5)).toBeCloseTo(Math.log10(0.5), 15);
  });

  it('holds a τ beyond the slider to its ends', () => {
    expect(positionOfTau(0.001)).toBe(-2);
    expect(positionOfTau(100)).toBe(1);
  });

  it('turns every step of the slider into a τ of three digits that lands back on that step', () => {
    const steps = Math.round((MAX_POSITION - MIN_POSITION) / POSITION_STEP);
    for (let s = 0; s <= steps; s++) {
      const position = MIN_POSITION + s * POSITION_STEP;
      const tau = tauOfPosition(position);
      expect(Number(tau.toPrecision(3))).toBe(tau);
      expect(Math.abs(tau / 10 ** position - 1)).toBeLessThan(0.005);
      const back = Math.round((positionOfTau(tau) - MIN_POSITION) / POSITION_STEP);
      expect(back).toBe(s);
    }
    expect([tauOfPosition(-2), tauOfPosition(-1), tauOfPosition(0), tauOfPosition(1)]).toEqual([
      0.01, 0.1, 1, 10,
    ]);
  });

  it('writes τ with two decimals at least, three significant digits at most', () => {
    const cases: [number, string][] = [
      [0.1, '0.10'],
      [0.5, '0.50'],
      [0.513, '0.513'],
      [0.0513, '0.0513'],
      [0.05, '0.05'],
      [0.001, '0.001'],
      [1, '1.00'],
      [5.62, '5.62'],
      [10, '10.0'],
      [100, '100.0'],
      [0.123456, '0.123'],
    ];
    for (const [tau, text] of cases) expect(formatTau(tau)).toBe(text);
  });
});
