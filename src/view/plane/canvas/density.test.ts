import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../scene/evaluation';
import { generateScene } from '../../../scene/generate';
import { densePairs, MAX_POINT_LINES, type LineFocus } from './density';

function evaluationOf(loss: 'contrastive' | 'triplet') {
  const generated = generateScene({ identities: 30, photos: 5, spread: 0.15, seed: 2 });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  return createEvaluator()({ ...generated.value, loss });
}

describe('the lines of a dense scene', () => {
  it('draws a point in hand with its strongest pairs only, when nearly all carry a share', () => {
    const evaluation = evaluationOf('triplet');
    const focus: LineFocus = {
      highlight: { kind: 'point', index: 7 },
      selected: null,
      hardNegatives: false,
    };
    const lines = densePairs(evaluation, focus);
    const { incidence, pairShare } = evaluation;
    const own = [...incidence.pairIndex.subarray(incidence.offsets[7], incidence.offsets[8])];
    const carrying = own.filter((p) => pairShare[p]! > 0);
    expect(carrying.length).toBeGreaterThan(MAX_POINT_LINES);
    expect(lines).toHaveLength(MAX_POINT_LINES);
    const weakestDrawn = Math.min(...lines.map((p) => pairShare[p]!));
    const strongestLeft = Math.max(
      ...carrying.filter((p) => !lines.includes(p)).map((p) => pairShare[p]!),
    );
    expect(weakestDrawn).toBeGreaterThanOrEqual(strongestLeft);
    // A drag of point 7 redraws those same lines.
    expect(densePairs(evaluation, focus, 7).sort()).toEqual([...lines].sort());
  });

  it('keeps every contrastive pair at work when there are few', () => {
    const evaluation = evaluationOf('contrastive');
    const focus: LineFocus = {
      highlight: { kind: 'point', index: 7 },
      selected: 3,
      hardNegatives: false,
    };
    const lines = densePairs(evaluation, focus);
    const { incidence, pairLoss: loss } = evaluation;
    const own = [...incidence.pairIndex.subarray(incidence.offsets[7], incidence.offsets[8])];
    const atWork = own.filter((p) => loss[p]! > 0);
    expect(atWork.length).toBeLessThanOrEqual(MAX_POINT_LINES);
    expect(new Set(lines)).toEqual(new Set([...atWork, 3]));
  });
});
