import { INFONCE } from '../../../engine';
import { describe, expect, it } from 'vitest';
import { createEvaluator, activeOutput } from '../../../scene/evaluation';
import type { Scene } from '../../../scene/model';
import { softmax } from '../../../testing/referenceLosses';
import {
  chooseAnchor,
  cosineOf,
  cosineText,
  firstRowOf,
  nearestNegative,
  positiveCount,
  positiveRange,
  probabilityAxisEnd,
  probabilityText,
  softmaxBars,
} from './infonceModel';

/** Points at the given angles (degrees) on circles of radius 1, with identities. */
function sceneAt(points: readonly [string, number][], tau: number): Scene {
  return {
    margin: 1,
    pairs: 'all',
    loss: 'infonce',
    tau,
    points: points.map(([identity, degrees], i) => ({
      label: `P${i}`,
      identity,
      x: Math.cos((degrees * Math.PI) / 180),
      y: Math.sin((degrees * Math.PI) / 180),
    })),
  };
}

function evaluate(scene: Scene) {
  const evaluation = createEvaluator()(scene);
  const output = activeOutput(evaluation, INFONCE);
  if (!output) throw new Error('not scored with InfoNCE');
  return { evaluation, output };
}

describe('the anchor', () => {
  const ids = Int32Array.from([0, 1, 2, 1, 0]);
  it('is the active point, else the point under the pointer, else the first with a positive', () => {
    expect(chooseAnchor(ids, 3, { kind: 'point', index: 2 })).toBe(3);
    expect(chooseAnchor(ids, null, { kind: 'point', index: 2 })).toBe(2);
    expect(chooseAnchor(ids, null, { kind: 'pair', index: 0 })).toBe(0);
    expect(chooseAnchor(Int32Array.from([0, 1, 2, 1]), null, null)).toBe(1);
    expect(chooseAnchor(Int32Array.from([0, 1, 2]), null, null)).toBe(0);
    expect(chooseAnchor(new Int32Array(0), null, null)).toBeNull();
  });

  it('ignores a stale index from a scene that had more points', () => {
    expect(chooseAnchor(ids, 9, { kind: 'point', index: 7 })).toBe(0);
  });

  it('counts positives per anchor and their range over the scene', () => {
    expect([0, 1, 2].map((i) => positiveCount(ids, i))).toEqual([1, 1, 0]);
    expect(positiveRange(ids)).toEqual({ low: 0, high: 1 });
    expect(positiveRange(new Int32Array(0))).toEqual({ low: 0, high: 0 });
  });
});

describe('the softmax bars', () => {
  const tau = 0.5;
  const scene = sceneAt(
    [
      ['a', 0],
      ['a', 170],
      ['b', 10],
      ['b', 20],
      ['c', 30],
      ['c', 40],
    ],
    tau,
  );
  const { evaluation, output } = evaluate(scene);
  const reference = softmax(scene.points, 0, tau);

  it('are the anchor softmax over the other points, most probable first', () => {
    const { bars, hidden, positiveAppended } = softmaxBars(
      output,
      evaluation.identityOf,
      0,
      tau,
      12,
    );
    expect(bars.map((b) => b.index)).toEqual([2, 3, 4, 5, 1]);
    bars.forEach((bar) => expect(bar.probability).toBeCloseTo(reference[bar.index]!, 14));
    expect(bars.map((b) => b.positive)).toEqual([false, false, false, false, true]);
    expect([hidden, positiveAppended]).toEqual([0, false]);
  });

  it('keep the likeliest few, bring in the positive from below the cut, and count the rest', () => {
    const cut = softmaxBars(output, evaluation.identityOf, 0, tau, 2);
    expect(cut.bars.map((b) => b.index)).toEqual([2, 3, 1]);
    expect(cut.positiveAppended).toBe(true);
    expect(cut.hidden).toBe(2);
    expect(cut.hiddenMass).toBeCloseTo(reference[4]! + reference[5]!, 14);
  });

  it('find the nearest negative, the cosines and each anchor first row', () => {
    expect(nearestNegative(output, evaluation.identityOf, 0)).toBe(2);
    expect(cosineOf(output, 0, 1)).toBeCloseTo(Math.cos((170 * Math.PI) / 180), 14);
    const anchors = Array.from(output.rowAnchor.subarray(0, output.rowCount));
    expect(anchors).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 3, 5].map((i) => firstRowOf(output, i))).toEqual([0, 3, 5]);
  });

  it('have no row for an anchor without positives', () => {
    const lone = evaluate(
      sceneAt(
        [
          ['a', 0],
          ['a', 90],
          ['b', 45],
        ],
        0.1,
      ),
    ).output;
    expect(firstRowOf(lone, 2)).toBe(-1);
    expect(firstRowOf(lone, 1)).toBe(1);
  });
});

describe('cosines as text', () => {
  it('keep two decimals unless that would round a near-parallel pair to ±1, and four at most', () => {
    expect([0.41, 0.9971, -0.9996, 1, -1, 0.99949, 0.999996].map(cosineText)).toEqual([
      '0.41',
      '0.997',
      '-0.9996',
      '1.00',
      '-1.00',
      '0.999',
      '1.0000',
    ]);
  });
});

describe('the probability axis', () => {
  it('ends at 1 for a few candidates, and closer in when thousands share the probability', () => {
    expect(probabilityAxisEnd(0.63, 3)).toBe(1);
    expect(probabilityAxisEnd(0.34, 3)).toBe(1);
    expect(probabilityAxisEnd(0.999, 1999)).toBe(1);
    expect(probabilityAxisEnd(0.004, 1999)).toBe(0.004);
    expect(probabilityAxisEnd(0.0041, 1999)).toBe(0.005);
    expect(probabilityAxisEnd(0.18, 29)).toBe(0.2);
    expect(probabilityAxisEnd(0.38, 29)).toBe(0.4);
    expect(probabilityAxisEnd(0.41, 29)).toBe(1);
  });
});

describe('probabilities as text', () => {
  it('keep three decimals down to 0.01, then two significant digits, then powers of ten', () => {
    expect([0.6326, 0.0123, 0.00412, 0.000123, 3.24e-9, 0].map(probabilityText)).toEqual([
      '0.633',
      '0.012',
      '0.0041',
      '0.00012',
      '3.2e-9',
      '0',
    ]);
  });
});
