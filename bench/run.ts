/**
 * `npm run bench`: builds the site and the Node benchmarks, runs the engine, frame and bundle
 * measurements, prints them as tables and writes bench/results.json. Never part of `npm test`:
 * speed is reported, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBundle } from './bundle';
import { measureLessonLinks } from './lessonLinks';
import type { EngineRow } from './engine';
import { frameTable, measureFrames, RUNS } from './frames';
import type { LossRow } from './losses';
import type { NetworkResults } from './network';
import { measureNetworkFrames } from './networkFrames';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const version = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version;
const scratch = mkdtempSync(join(tmpdir(), 'bench-'));

console.log('Building the site and the benchmarks…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);

console.log('Engine benchmarks (Node)…');
run('node', ['bench/.build/engine.mjs', join(scratch, 'engine.json')]);
const engine = JSON.parse(readFileSync(join(scratch, 'engine.json'), 'utf8')) as {
  tfjs: { version: string; backend: string; wasm: { simd: boolean } };
  rows: EngineRow[];
};

console.log('Loss benchmarks (Node)…');
run('node', ['bench/.build/losses.mjs', join(scratch, 'losses.json')]);
const losses = JSON.parse(readFileSync(join(scratch, 'losses.json'), 'utf8')) as {
  rows: LossRow[];
};

console.log('Digits network benchmarks (Node)…');
run('node', ['bench/.build/network.mjs', join(scratch, 'network.json')]);
const network = JSON.parse(readFileSync(join(scratch, 'network.json'), 'utf8')) as NetworkResults;

console.log(`Frame benchmarks (Chromium, a DevTools trace, ${RUNS} runs of each)…`);
const frames = await measureFrames('dist');
console.log('The digits network training in Chromium (its worker, and the page meanwhile)…');
const networkFrames = await measureNetworkFrames('dist');
const bundle = measureBundle();

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
const times = (theirs: number, ours: number) =>
  `${(theirs / ours).toFixed(theirs / ours >= 100 ? 0 : 1)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `\nEngine (median ms per run; "N×": theirs take N times as long; tfjs ${engine.tfjs.version}, ` +
    `WebAssembly backend ${engine.tfjs.wasm.simd ? 'with' : 'without'} SIMD)`,
);
console.table(
  engine.rows.map((row) => ({
    benchmark: row.benchmark,
    points: row.points,
    pairs: row.pairs,
    ours: ms(row.ours.median),
    reference: ms(row.reference.median),
    'tfjs cpu': ms(row.tfjs.median),
    'tfjs wasm': ms(row.tfjsWasm.median),
    'reference / ours': times(row.reference.median, row.ours.median),
    'tfjs cpu / ours': times(row.tfjs.median, row.ours.median),
    'tfjs wasm / ours': times(row.tfjsWasm.median, row.ours.median),
  })),
);

console.log('The three losses (median ms per run; value and every gradient, or one landscape)');
console.table(
  losses.rows.map((row) => ({
    loss: row.loss,
    benchmark: row.benchmark,
    points: row.points,
    terms: row.terms,
    ours: ms(row.ours.median),
    reference: row.reference ? ms(row.reference.median) : '–',
    tfjs: row.tfjs ? ms(row.tfjs.median) : '–',
    'reference / ours': row.reference ? times(row.reference.median, row.ours.median) : '–',
    'tfjs / ours': row.tfjs ? times(row.tfjs.median, row.ours.median) : '–',
    note: row.note ?? '',
  })),
);

console.log(
  `The digits network, default settings (64 → 32 → 2, 128 pairs a step, Adam), ms: ours beside ` +
    `the same step in tfjs on its WebAssembly backend ${network.tfjs.simd ? 'with' : 'without'} SIMD`,
);
const perSecond = (msPerStep: number) => Math.round(1000 / msPerStep);
console.table([
  {
    benchmark: '1,000 steps from a fresh run',
    ours: ms(network.thousandSteps.median),
    'ours, CPU time': ms(network.thousandStepsCpu.median),
    'steps per second': perSecond(network.thousandSteps.median / 1000),
    'tfjs wasm': '–',
    'tfjs wasm / ours': '–',
  },
  {
    benchmark: 'one step (after the first 50)',
    ours: ms(network.step.median),
    'ours, CPU time': '–',
    'steps per second': perSecond(network.step.median),
    'tfjs wasm': ms(network.tfjsStep.median),
    'tfjs wasm / ours': times(network.tfjsStep.median, network.step.median),
  },
]);
console.log(
  `Held-out 5-NN accuracy of the map (597 held-out digits; tfjs, seed 1's split, after 1,000 ` +
    `steps: ${network.tfjsAccuracy.toFixed(3)})`,
);
console.table(
  network.accuracy.map((row) => ({
    seed: row.seed,
    PCA: row.pca.toFixed(3),
    ...Object.fromEntries(
      network.checkpoints.map((steps, k) => [`${steps} steps`, row.network[k]!.toFixed(3)]),
    ),
  })),
);

console.log(
  `Frames (Chromium ${frames.chromium}, ${frames.viewport}; main-thread ms per step, median of ` +
    `${frames.runs} runs of ${frames.stepsPerRun} steps; the split is the mean ms per step; ` +
    `raster counts the raster threads too; long frames > 50 ms, all runs)`,
);
console.table(frameTable(frames.rows));

console.log(
  `The digits network playing in Chromium: 1,000 steps in ${ms(networkFrames.thousandStepsMs)} ms ` +
    `(${networkFrames.stepsPerSecond.toFixed(0)} steps a second, the worker mapping and scoring ` +
    `as it sends); main-thread ms per animation frame meanwhile, over ${networkFrames.frames} frames`,
);
console.table([
  {
    p50: networkFrames.work.p50.toFixed(1),
    p95: networkFrames.work.p95.toFixed(1),
    max: networkFrames.work.max.toFixed(1),
    ...Object.fromEntries(Object.entries(networkFrames.split).map(([k, v]) => [k, v.toFixed(1)])),
  },
]);

console.log(`Bundle: initial JavaScript ${kb(bundle.initialJsGzip)} gzip`);
console.table(
  [
    ...bundle.initialJs.map((f) => ({ ...f, loaded: 'first' })),
    ...bundle.lazyJs.map((f) => ({ ...f, loaded: 'on demand' })),
  ].map((f) => ({ file: f.file, loaded: f.loaded, size: kb(f.bytes), gzip: kb(f.gzip) })),
);

console.log("Lessons: the length of a lesson's link (the hash after #)");
console.table(measureLessonLinks());

const engineRow = (benchmark: string, points: number) =>
  engine.rows.find((row) => row.benchmark === benchmark && row.points === points)!;
const frameRow = (scenario: string) => frames.rows.find((row) => row.scenario === scenario)!;
const full1000 = engineRow('full evaluation', 1000);
const full2000 = engineRow('full evaluation', 2000);
const atMost = (target: string, value: number, limit: number) => ({
  target,
  value,
  met: value <= limit,
});
const atLeast = (target: string, value: number, limit: number) => ({
  target,
  value,
  met: value >= limit,
});
const targets = [
  atMost('full evaluation, 2000 points: median ms ≤ 16.7', full2000.ours.median, 16.7),
  atLeast('tfjs / ours, 1000 points ≥ 10', full1000.tfjs.median / full1000.ours.median, 10),
  atLeast('tfjs / ours, 2000 points ≥ 10', full2000.tfjs.median / full2000.ours.median, 10),
  atLeast(
    'tfjs wasm / ours, 1000 points ≥ 10',
    full1000.tfjsWasm.median / full1000.ours.median,
    10,
  ),
  atLeast(
    'tfjs wasm / ours, 2000 points ≥ 10',
    full2000.tfjsWasm.median / full2000.ours.median,
    10,
  ),
  atMost(
    'incremental update, 2000 points: median ms ≤ 0.5',
    engineRow('incremental update', 2000).ours.median,
    0.5,
  ),
  // Issue 13's frame targets: main-thread ms per step, p50 and p95.
  ...(
    [
      ['drag, 200 points', 8],
      ['drag, 1,000 points', 16],
      ['drag, 2,000 points', 16],
      ['drag, 1,000 points, the margin section on screen', 16],
      ['margin slider, 1,000 points', 16],
      ['triplet drag, 1,000 points', 16],
      ['InfoNCE drag, 1,000 points', 16],
    ] as const
  ).flatMap(([scenario, limit]: readonly [string, number]) => {
    const row = frameRow(scenario);
    return [
      atMost(`${scenario}: p50 ms ≤ ${limit}`, row.work.p50, limit),
      atMost(`${scenario}: p95 ms ≤ ${limit}`, row.work.p95, limit),
      atMost(`${scenario}: long frames = 0`, row.longFrames, 0),
    ];
  }),
  atMost('initial JavaScript: KB gzip ≤ 250', bundle.initialJsGzip / 1024, 250),
  atMost('digits network, 1,000 default steps: ms ≤ 3000', network.thousandSteps.median, 3000),
  atLeast(
    'digits network, held-out 5-NN after 1,000 default steps ≥ 0.94',
    network.accuracy.find((row) => row.seed === 1)!.network.at(-1)!,
    0.94,
  ),
  atMost(
    'digits network in Chromium, 1,000 steps from Play: ms ≤ 3000',
    networkFrames.thousandStepsMs,
    3000,
  ),
  atMost('digits network playing: main-thread ms per frame, p95 ≤ 8', networkFrames.work.p95, 8),
];
console.log('Targets');
console.table(
  targets.map((t) => ({ target: t.target, value: t.value.toFixed(2), met: t.met ? 'yes' : 'no' })),
);

const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    os: `${platform()} ${release()}`,
  },
  versions: {
    node: process.version,
    chromium: frames.chromium,
    react: version('react'),
    vite: version('vite'),
    tfjsCore: engine.tfjs.version,
    tfjsBackend: engine.tfjs.backend,
    tfjsWasm: version('@tensorflow/tfjs-backend-wasm'),
    tfjsWasmSimd: engine.tfjs.wasm.simd,
  },
  units: { time: 'ms', size: 'bytes' },
  engine: engine.rows,
  losses: losses.rows,
  network,
  networkFrames,
  frames,
  bundle,
  targets,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');
