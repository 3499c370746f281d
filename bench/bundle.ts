/** The size of the JavaScript the built page loads first, and of the chunks it loads later. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  /** Scripts index.html loads (entry and module preloads), gzip -9 bytes. */
  readonly initialJsGzip: number;
  readonly initialJs: readonly {
    readonly file: string;
    readonly bytes: number;
    readonly gzip: number;
  }[];
  /** Every other script, loaded on demand. */
  readonly lazyJs: readonly {
    readonly file: string;
    readonly bytes: number;
    readonly gzip: number;
  }[];
}

export function measureBundle(dist = 'dist'): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!),
  );
  const sized = (file: string) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const all = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  const initialJs = all.filter((file) => initial.has(file)).map(sized);
  return {
    initialJsGzip: initialJs.reduce((sum, entry) => sum + entry.gzip, 0),
    initialJs,
    lazyJs: all.filter((file) => !initial.has(file)).map(sized),
  };
}
