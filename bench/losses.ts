/**
 * The three losses side by side in Node: a full evaluation (value and every gradient) through
 * the registry, beside the textbook way of writing each loss (src/testing/referenceLosses.ts)
 * and tfjs-core's autodiff, and each loss's landscape of one point. Built by
 * bench/vite.config.ts, run by bench/run.ts.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import {
  lossIds,
  lossOf,
  MARGIN as MARGIN_KNOB,
  TEMPERATURE,
  type Grid,
  type InfoNceOutput,
  type LossContext,
  type LossId,
  type TripletOutput,
} from '../src/engine';
import { compileScene } from '../src/scene/compile';
import { generateScene } from '../src/scene/generate';
import { infoNce, triplet } from '../src/testing/referenceLosses';
import { measure, type Timing } from './measure';
import { useBackend } from './tfjs';

export interface LossRow {
  readonly loss: LossId;
  readonly benchmark: string;
  readonly points: number;
  /** Pairs, triplets or ordered positive pairs: the terms the loss sums. */
  readonly terms: number;
  readonly ours: Timing;
  readonly reference: Timing | null;
  readonly tfjs: Timing | null;
  /** Relative difference of the totals (reference, tfjs) from ours. */
  readonly agreement: { readonly reference: number | null; readonly tfjs: number | null };
  readonly note?: string;
}

const MARGIN = 1;
const TAU = 0.1;
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

/** n points, 5 photos per identity (the engine benchmark's scenes), as a loss context. */
function contextOf(n: number): LossContext {
  const generated = generateScene({ identities: n / 5, photos: 5, spread: 0.15, seed: 1 });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  const compiled = compileScene(generated.value);
  return {
    embedding: {
      xs: Float64Array.from(generated.value.points, (p) => p.x),
      ys: Float64Array.from(generated.value.points, (p) => p.y),
    },
    identityOf: compiled.identityOf,
    pairs: compiled.pairs,
    incidence: compiled.incidence,
    knobs: { [MARGIN_KNOB.field]: MARGIN, [TEMPERATURE.field]: TAU },
  };
}

/** The context's points, in the plain shape of the textbook losses. */
const referencePoints = (c: LossContext) =>
  Array.from(c.identityOf, (identity, i) => ({
    identity,
    x: c.embedding.xs[i]!,
    y: c.embedding.ys[i]!,
  }));

/** tfjs: the loss as dense tensors, gradients by autodiff (triplets as an n×n×n tensor). */
function tfjsLoss(id: 'triplet' | 'infonce', c: LossContext) {
  const { xs, ys } = c.embedding;
  const n = xs.length;
  const same = new Float32Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j && c.identityOf[i] === c.identityOf[j]) same[i * n + j] = 1;
  const positions = tf.variable(
    tf.tensor2d(
      Float32Array.from({ length: 2 * n }, (_, k) => (k % 2 ? ys : xs)[k >> 1]!),
      [n, 2],
    ),
  );
  const positive = tf.tensor2d(same, [n, n]);
  const eye = tf.eye(n);
  const negative = tf.sub(tf.sub(1, positive), eye);
  const rows = same.reduce((s, v) => s + v, 0);
  const loss = () => {
    if (id === 'infonce') {
      const unit = tf.div(positions, tf.norm(positions, 'euclidean', 1, true));
      const sim = tf.div(tf.matMul(unit, unit, false, true), TAU);
      const masked = tf.sub(sim, tf.mul(eye, 1e9));
      const logP = tf.sub(masked, tf.logSumExp(masked, 1, true));
      return tf.div<tf.Scalar>(tf.neg(tf.sum(tf.mul(logP, positive))), rows);
    }
    const a = tf.reshape(positions, [n, 1, 2]);
    const b = tf.reshape(positions, [1, n, 2]);
    const d = tf.sqrt(tf.add(tf.sum(tf.square(tf.sub(a, b)), 2), eye));
    const hinge = tf.relu(
      tf.sub(tf.add(tf.reshape(d, [n, n, 1]), MARGIN), tf.reshape(d, [n, 1, n])),
    );
    const mask = tf.mul(tf.reshape(positive, [n, n, 1]), tf.reshape(negative, [n, 1, n]));
    return tf.sum<tf.Scalar>(tf.mul(hinge, mask));
  };
  let total = 0;
  const timing = measure(
    () => {
      const { value, grads } = tf.variableGrads(loss);
      total = value.dataSync()[0]!;
      grads[positions.name]!.dataSync();
      value.dispose();
      tf.dispose(grads);
    },
    { warmup: 1, minSamples: 3, minTime: 0 },
  );
  tf.dispose([positions, positive, eye, negative]);
  return { timing, total };
}

/** Times `compute`, and returns the total it gives beside the timing. */
function measureTotal(compute: () => number, options: Parameters<typeof measure>[1]) {
  let total = 0;
  const timing = measure(() => (total = compute()), options);
  return { timing, total };
}

function evaluationRows(): LossRow[] {
  const rows: LossRow[] = [];
  for (const n of [100, 1000, 2000]) {
    const c = contextOf(n);
    for (const id of lossIds()) {
      const loss = lossOf(id);
      const out = loss.create(n, c.pairs.count, c.identityOf);
      let total = 0;
      const ours = measure(() => (total = loss.evaluate(c, out)), { minSamples: 5, minTime: 400 });
      const terms =
        id === 'contrastive'
          ? c.pairs.count
          : id === 'triplet'
            ? (out as TripletOutput).count
            : (out as InfoNceOutput).rowCount;
      let reference: Timing | null = null;
      let referenceTotal: number | null = null;
      let tfjs: Timing | null = null;
      let tfjsTotal: number | null = null;
      if (id === 'triplet' && n <= 100) {
        ({ timing: reference, total: referenceTotal } = measureTotal(
          () => triplet(referencePoints(c), MARGIN).total,
          { minSamples: 3 },
        ));
        ({ timing: tfjs, total: tfjsTotal } = tfjsLoss('triplet', c));
      }
      if (id === 'infonce') {
        ({ timing: reference, total: referenceTotal } = measureTotal(
          () => infoNce(referencePoints(c), TAU).total,
          { warmup: 1, minSamples: 3, minTime: 0 },
        ));
        ({ timing: tfjs, total: tfjsTotal } = tfjsLoss('infonce', c));
      }
      rows.push({
        loss: id,
        benchmark: 'full evaluation',
        points: n,
        terms,
        ours,
        reference,
        tfjs,
        agreement: {
          reference: referenceTotal === null ? null : relative(referenceTotal, total),
          tfjs: tfjsTotal === null ? null : relative(tfjsTotal, total),
        },
        ...(id === 'triplet' && n > 100
          ? {
              note: `${terms.toExponential(2)} triplets: the n³ reference and tfjs's n×n×n tensor are not run`,
            }
          : {}),
        ...(id === 'contrastive' ? { note: 'reference and tfjs: see the engine table' } : {}),
      });
    }
  }
  return rows;
}

function landscapeRows(): LossRow[] {
  const n = 1000;
  const c = contextOf(n);
  const grid: Grid = { xMin: -3, xMax: 3, yMin: -3, yMax: 3, columns: 100, rows: 100 };
  const values = new Float64Array(100 * 100);
  return lossIds().map((id) => {
    const loss = lossOf(id);
    const out = loss.create(n, c.pairs.count, c.identityOf);
    const total = loss.evaluate(c, out);
    const ours = measure(() => loss.landscape(c, n >> 1, total, grid, values), {
      warmup: 1,
      minSamples: 3,
      minTime: 300,
    });
    return {
      loss: id,
      benchmark: 'landscape 100×100',
      points: n,
      terms: 10_000,
      ours,
      reference: null,
      tfjs: null,
      agreement: { reference: null, tfjs: null },
    };
  });
}

await useBackend('cpu');
const results = { rows: [...evaluationRows(), ...landscapeRows()] };
const target = process.argv[2];
if (target) writeFileSync(target, JSON.stringify(results, null, 2));
else console.log(JSON.stringify(results, null, 2));
