/**
 * `npm run bench`: builds the site and the Node benchmarks, runs the engine, browser and bundle
 * measurements, prints them as tables and writes bench/results.json. Never part of `npm test`:
 * speed is reported, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBundle } from './bundle';
import type { BrowserRow } from './browser';
import type { EngineRow } from './engine';
import type { LossRow } from './losses';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const version = (name: string) =>
  JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version as string;
const scratch = mkdtempSync(join(tmpdir(), 'bench-'));

console.log('Building the site and the benchmarks…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);

console.log('Engine benchmarks (Node)…');
run('node', ['bench/.build/engine.mjs', join(scratch, 'engine.json')]);
const engine = JSON.parse(readFileSync(join(scratch, 'engine.json'), 'utf8')) as {
  tfjs: { version: string; backend: string };
  rows: EngineRow[];
};

console.log('Loss benchmarks (Node)…');
run('node', ['bench/.build/losses.mjs', join(scratch, 'losses.json')]);
const losses = JSON.parse(readFileSync(join(scratch, 'losses.json'), 'utf8')) as {
  rows: LossRow[];
};

console.log('Browser benchmarks (Chromium)…');
run('npx', ['tsx', 'bench/browser.ts', join(scratch, 'browser.json')]);
const browser = JSON.parse(readFileSync(join(scratch, 'browser.json'), 'utf8')) as {
  chromium: string;
  viewport: string;
  rows: BrowserRow[];
};
const bundle = measureBundle();

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
const times = (theirs: number, ours: number) =>
  `${(theirs / ours).toFixed(theirs / ours >= 100 ? 0 : 1)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('\nEngine (median ms per run; ours : theirs as "theirs take N× as long")');
console.table(
  engine.rows.map((row) => ({
    benchmark: row.benchmark,
    points: row.points,
    pairs: row.pairs,
    ours: ms(row.ours.median),
    reference: ms(row.reference.median),
    tfjs: ms(row.tfjs.median),
    'reference / ours': times(row.reference.median, row.ours.median),
    'tfjs / ours': times(row.tfjs.median, row.ours.median),
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
  `Browser (Chromium ${browser.chromium}, ${browser.viewport}; ms of main-thread work per step)`,
);
console.table(
  browser.rows.map((row) => ({
    scene: `${row.points} points`,
    action: row.action,
    'work p50': ms(row.frameWork.p50),
    'work p95': ms(row.frameWork.p95),
    'work max': ms(row.frameWork.max),
    'harness idle': ms(row.idleWork),
    'long tasks': row.longTasks,
    'long frames': row.longAnimationFrames,
    'input→frame p50': ms(row.inputToFrame.p50),
    'input→frame p95': ms(row.inputToFrame.p95),
  })),
);

console.log(`Bundle: initial JavaScript ${kb(bundle.initialJsGzip)} gzip`);
console.table(
  [
    ...bundle.initialJs.map((f) => ({ ...f, loaded: 'first' })),
    ...bundle.lazyJs.map((f) => ({ ...f, loaded: 'on demand' })),
  ].map((f) => ({ file: f.file, loaded: f.loaded, size: kb(f.bytes), gzip: kb(f.gzip) })),
);

const engineRow = (benchmark: string, points: number) =>
  engine.rows.find((row) => row.benchmark === benchmark && row.points === points)!;
const browserRow = (action: BrowserRow['action'], points: number) =>
  browser.rows.find((row) => row.action === action && row.points === points)!;
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
  atMost(
    'incremental update, 2000 points: median ms ≤ 0.5',
    engineRow('incremental update', 2000).ours.median,
    0.5,
  ),
  atMost('drag, 200 points: p95 ms ≤ 8', browserRow('drag', 200).frameWork.p95, 8),
  atMost('drag, 1000 points: p95 ms ≤ 16', browserRow('drag', 1000).frameWork.p95, 16),
  atMost('drag, 200 points: long tasks = 0', browserRow('drag', 200).longTasks, 0),
  atMost(
    'margin sweep, 1000 points: p95 ms ≤ 33',
    browserRow('margin sweep', 1000).frameWork.p95,
    33,
  ),
  atMost('initial JavaScript: KB gzip ≤ 250', bundle.initialJsGzip / 1024, 250),
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
    chromium: browser.chromium,
    react: version('react'),
    vite: version('vite'),
    tfjsCore: engine.tfjs.version,
    tfjsBackend: engine.tfjs.backend,
  },
  units: { time: 'ms', size: 'bytes' },
  engine: engine.rows,
  losses: losses.rows,
  browser: { viewport: browser.viewport, steps: 300, rows: browser.rows },
  bundle,
  targets,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');
