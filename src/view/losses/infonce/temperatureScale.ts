/**
 * The temperature slider's scale. τ matters by its ratio (halving it doubles every score s = cos/τ),
 * so the slider moves along log10 τ: equal steps multiply τ by equal factors, and 0.01, 0.1, 1 and
 * 10 sit evenly apart.
 */
import { clamp } from '../../../scene/model';
import type { KnobTrack } from '../../controls/KnobSlider';

/** The slider's ends, as τ. A link may set τ from 0.001 to 100 (LIMITS in scene/model.ts). */
const SLIDER_MIN_TAU = 0.01;
const SLIDER_MAX_TAU = 10;
/** The slider's ends and step, as log10 τ: 300 steps, each multiplying τ by about 1.023. */
export const MIN_POSITION = Math.log10(SLIDER_MIN_TAU);
export const MAX_POSITION = Math.log10(SLIDER_MAX_TAU);
export const POSITION_STEP = 0.01;
export const TAU_TICKS = [0.01, 0.1, 1, 10] as const;

/** Where τ sits on the slider, log10 τ, held to the slider's ends. */
export function positionOfTau(tau: number): number {
  return clamp(Math.log10(tau), MIN_POSITION, MAX_POSITION);
}

/**
 * The τ a slider position stands for, to three significant digits (0.513 rather than
 * 0.51286138…): what a person can read and type into a link. Three digits move log10 τ by at most
 * 0.0022, under half a step, so the slider lands back on the same step.
 */
export function tauOfPosition(position: number): number {
  return Number((10 ** position).toPrecision(3));
}

/**
 * τ as the page shows it: up to three significant digits, at least two decimals below 10 and one
 * from 10 up: 0.10, 0.513, 0.05, 0.001, 1.00, 10.0.
 */
export function formatTau(tau: number): string {
  const rounded = Number(tau.toPrecision(3));
  const written = String(rounded);
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  return rounded.toFixed(Math.max(decimals, rounded >= 10 ? 1 : 2));
}

/** The slider's track: log10 τ from 0.01 to 10, with 0.01, 0.1, 1 and 10 labelled. */
export const TEMPERATURE_TRACK: KnobTrack = {
  min: MIN_POSITION,
  max: MAX_POSITION,
  step: POSITION_STEP,
  positionOf: positionOfTau,
  valueOf: tauOfPosition,
  ticks: TAU_TICKS,
};
