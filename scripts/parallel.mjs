/**
 * Runs npm scripts side by side, as many at once as the machine has cores, and passes only if all
 * pass: `node scripts/parallel.mjs typecheck lint format:check test:unit`. `npm test` uses it for
 * its static checks, each of which keeps one core busy (tsc, ESLint, Prettier, Vitest's single
 * worker on two cores), so on two cores they take about the longest one's time instead of the sum.
 * The scripts start in the order given (longest first packs best); each one's output is printed
 * whole when it ends, so the outputs never interleave.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const scripts = process.argv.slice(2);
const slots = Math.max(1, availableParallelism());
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;

function run(script) {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(npm, ['run', '--silent', script], {
      env,
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const verdict = code === 0 ? 'passed' : `FAILED (exit code ${code})`;
      process.stdout.write(`\n> npm run ${script}: ${verdict} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      done(code === 0);
    });
  });
}

const queue = [...scripts];
const results = [];
async function lane() {
  for (let script = queue.shift(); script; script = queue.shift()) results.push(await run(script));
}
await Promise.all(Array.from({ length: Math.min(slots, scripts.length) }, lane));
if (results.includes(false)) process.exitCode = 1;
