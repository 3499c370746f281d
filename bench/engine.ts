/**
 * Engine benchmarks in Node: full evaluation, one-point incremental update and a 100×100 loss
 * landscape, each beside the textbook reference and tfjs-core on its CPU and WebAssembly
 * backends. Built by bench/vite.config.ts and run by bench/run.ts, which passes the file to write
 * the results to.
 */
import { writeFileSync } from 'node:fs';
import {
  createContrastiveOutput,
  evaluateContrastive,
  incidenceOf,
  lossLandscape,
  moveContrastivePoint,
  totalLoss,
  type Grid,
} from '../src/engine';
import { contrastive, pairTerm } from '../src/testing/referenceLosses';
import { measure, type Timing } from './measure';
import { referenceLandscape, referenceUpdate } from './reference';
import {
  disposeModel,
  tfjsEvaluate,
  tfjsLandscape,
  tfjsModel,
  tfjsVersion,
  useBackend,
  wasmHasSimd,
} from './tfjs';
import { MARGIN, movesFor, sceneOf } from './workload';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

export interface EngineRow {
  readonly benchmark: string;
  readonly points: number;
  readonly pairs: number;
  readonly ours: Timing;
  readonly reference: Timing;
  /** tfjs-core on its plain-JavaScript CPU backend. */
  readonly tfjs: Timing;
  /** tfjs-core on its WebAssembly (SIMD) backend. */
  readonly tfjsWasm: Timing;
  /**
   * How far apart the answers are, relative: for full evaluations and landscapes, ours against
   * each other implementation (tfjs computes in float32); for incremental updates, each
   * implementation's running total against its own full evaluation of the same final points.
   */
  readonly agreement: {
    readonly ours?: number;
    readonly reference: number;
    readonly tfjs: number | null;
  };
  readonly note?: string;
}

/** Times `run` on tfjs's CPU backend, then on its WebAssembly backend; the CPU's answer is kept. */
async function onBothBackends<T>(
  run: () => { timing: Timing; answer: T },
): Promise<{ cpu: Timing; wasm: Timing; answer: T }> {
  await useBackend('wasm');
  const wasm = run().timing;
  await useBackend('cpu');
  const { timing: cpu, answer } = run();
  return { cpu, wasm, answer };
}

const GRID_SIDE = 100;

async function evaluationRows(): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  for (const n of [100, 1000, 2000]) {
    const { xs, ys, points, pairs, compiled } = sceneOf(n);
    const out = createContrastiveOutput(n, compiled.pairs.count);
    const embedding = { xs, ys };
    const ours = measure(() => evaluateContrastive(embedding, compiled.pairs, MARGIN, out), {
      minSamples: 10,
      minTime: 500,
    });
    const ourTotal = totalLoss(out);
    let referenceTotal = 0;
    const reference = measure(() => (referenceTotal = contrastive(points, pairs, MARGIN).total), {
      minSamples: 5,
      minTime: 500,
    });
    const tfjs = await onBothBackends(() => {
      const model = tfjsModel(xs, ys, compiled.identityOf);
      let answer = 0;
      const timing = measure(() => (answer = tfjsEvaluate(model, MARGIN).total), {
        warmup: 1,
        minSamples: 3,
        minTime: 0,
      });
      disposeModel(model);
      return { timing, answer };
    });
    const tfjsTotal = tfjs.answer;
    rows.push({
      benchmark: 'full evaluation',
      points: n,
      pairs: compiled.pairs.count,
      ours,
      reference,
      tfjs: tfjs.cpu,
      tfjsWasm: tfjs.wasm,
      agreement: {
        reference: relative(referenceTotal, ourTotal),
        tfjs: relative(tfjsTotal, ourTotal),
      },
    });

    // One point moves; each implementation brings its numbers up to date.
    const moves = movesFor(n, 400);
    const incidence = incidenceOf(compiled.pairs, n);
    const oursIncremental = measure(
      (k) => {
        const { point, x, y } = moves[k % moves.length]!;
        moveContrastivePoint(embedding, compiled.pairs, incidence, MARGIN, point, x, y, out);
      },
      { warmup: 20, minSamples: 100, maxSamples: 380, minTime: 200 },
    );
    const state = contrastive(points, pairs, MARGIN);
    const referenceIncremental = measure(
      (k) => {
        const { point, x, y } = moves[k % moves.length]!;
        const previous = points[point]!;
        points[point] = { ...previous, x, y };
        referenceUpdate(points, pairs, MARGIN, point, previous, state);
      },
      { warmup: 5, minSamples: 20, maxSamples: 380, minTime: 300 },
    );
    const runningTotal = totalLoss(out);
    evaluateContrastive(embedding, compiled.pairs, MARGIN, out);
    const tfjsIncremental = await onBothBackends(() => {
      const movedModel = tfjsModel(xs, ys, compiled.identityOf);
      const timing = measure(() => tfjsEvaluate(movedModel, MARGIN), {
        warmup: 1,
        minSamples: 3,
        minTime: 0,
      });
      disposeModel(movedModel);
      return { timing, answer: null };
    });
    rows.push({
      benchmark: 'incremental update',
      points: n,
      pairs: compiled.pairs.count,
      ours: oursIncremental,
      reference: referenceIncremental,
      tfjs: tfjsIncremental.cpu,
      tfjsWasm: tfjsIncremental.wasm,
      agreement: {
        ours: relative(runningTotal, totalLoss(out)),
        reference: relative(state.total, contrastive(points, pairs, MARGIN).total),
        tfjs: null,
      },
      note: 'tfjs has no incremental path: autodiff re-runs the whole graph after a move',
    });
  }
  return rows;
}

async function landscapeRows(): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  for (const n of [200, 1000]) {
    const { xs, ys, points, pairs, compiled } = sceneOf(n);
    const out = createContrastiveOutput(n, compiled.pairs.count);
    evaluateContrastive({ xs, ys }, compiled.pairs, MARGIN, out);
    const total = totalLoss(out);
    const point = n >> 1;
    const grid: Grid = {
      xMin: -3,
      xMax: 3,
      yMin: -3,
      yMax: 3,
      columns: GRID_SIDE,
      rows: GRID_SIDE,
    };
    const incidence = incidenceOf(compiled.pairs, n);
    const values = new Float64Array(GRID_SIDE * GRID_SIDE);
    const ours = measure(
      () =>
        lossLandscape({ xs, ys }, compiled.pairs, incidence, MARGIN, point, total, grid, values),
      {
        minSamples: 10,
        minTime: 500,
      },
    );
    let referenceValues: number[] = [];
    const reference = measure(
      () => (referenceValues = referenceLandscape(points, pairs, MARGIN, point, total, grid)),
      {
        warmup: 1,
        minSamples: 3,
        minTime: 300,
      },
    );
    const mine = pairs.filter((pair) => pair.i === point || pair.j === point);
    const partner = (pair: { i: number; j: number }) => (pair.i === point ? pair.j : pair.i);
    const partners = {
      xs: Float64Array.from(mine, (pair) => xs[partner(pair)]!),
      ys: Float64Array.from(mine, (pair) => ys[partner(pair)]!),
      similar: Uint8Array.from(mine, (pair) => (pair.similar ? 1 : 0)),
    };
    const own = mine.reduce(
      (sum, pair) =>
        sum + pairTerm(points[point]!, points[partner(pair)]!, pair.similar, MARGIN).loss,
      0,
    );
    const tfjs = await onBothBackends(() => {
      let answer: ArrayLike<number> = [];
      const timing = measure(() => (answer = tfjsLandscape(partners, total - own, MARGIN, grid)), {
        warmup: 1,
        minSamples: 3,
        minTime: 0,
      });
      return { timing, answer };
    });
    const tfjsValues = tfjs.answer;
    const gap = (other: ArrayLike<number>) => {
      let worst = 0;
      for (let k = 0; k < values.length; k++)
        worst = Math.max(
          worst,
          Math.abs(values[k]! - other[k]!) / Math.max(1, Math.abs(values[k]!)),
        );
      return worst;
    };
    rows.push({
      benchmark: `landscape ${GRID_SIDE}×${GRID_SIDE}`,
      points: n,
      pairs: compiled.pairs.count,
      ours,
      reference,
      tfjs: tfjs.cpu,
      tfjsWasm: tfjs.wasm,
      agreement: { reference: gap(referenceValues), tfjs: gap(tfjsValues) },
      note: 'agreement: largest relative difference over the grid',
    });
  }
  return rows;
}

const backend = await useBackend('cpu');
const rows = [...(await evaluationRows()), ...(await landscapeRows())];
await useBackend('wasm');
const results = {
  tfjs: { version: tfjsVersion, backend, wasm: { simd: await wasmHasSimd() } },
  rows,
};
const target = process.argv[2];
if (target) writeFileSync(target, JSON.stringify(results, null, 2));
else console.log(JSON.stringify(results, null, 2));
