#!/usr/bin/env node
// Compiles the command line and the library (dist/lib.js, its types in dist/types) to JavaScript once (run by `npm ci` through "prepare", and before the
// tests and the example), so that starting `triangulate` transpiles nothing. Each command is its own
// chunk, loaded only when it runs; the packages stay in node_modules and load on first use.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    lib: 'src/lib.ts',
    'story-worker': 'src/server/story-worker.ts',
    'pipeline-worker': 'src/app/pipeline-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
});

// The library's type declarations (import { analyze } from 'triangulate'), when TypeScript is installed
// (it is with the development dependencies, which `npm ci` installs).
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (tsc)
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], {
    stdio: 'inherit',
    cwd: new URL('..', import.meta.url).pathname,
  });
