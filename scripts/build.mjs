#!/usr/bin/env node
// Compiles the command line and the library (dist/lib.js, its types in dist/types) to JavaScript once (run by `npm ci` through "prepare", and before the
// tests and the example), so that starting `triangulate` transpiles nothing. Each command is its own
// chunk, loaded only when it runs; the packages stay in node_modules and load on first use.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

// eld's language model as JSON (src/stages/language/detector.ts reads it): the package ships it as a
// JavaScript object literal that takes V8 four times longer to evaluate than JSON takes to parse.
{
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('eld/medium'))), '../..');
  const { version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const { ngramsData } = await import(pathToFileURL(path.join(folder, 'src/ngrams/medium.js')).href);
  writeFileSync(new URL('../dist/eld-medium.json', import.meta.url), JSON.stringify({ version, ngramsData }));
}

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
