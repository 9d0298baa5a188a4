#!/usr/bin/env node
// Compiles the command line and the library (dist/lib.js, its types in dist/types) to JavaScript once (run by `npm ci` through "prepare", and before the
// tests and the example), so that starting `triangulate` transpiles nothing. Each command is its own
// chunk, loaded only when it runs. The pure-JavaScript packages that every reading command loads
// (`BUNDLED`, and what they import) are compiled into the chunks: as installed they are hundreds of small
// modules (chrono-node alone 266), which Node resolves and links one by one at every start (a third of a
// second of `analyze`); the others (native, reading files beside their code, or used by one command) stay
// in node_modules and load on first use.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire, isBuiltin } from 'node:module';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The packages compiled into the chunks, with the packages they import. */
const BUNDLED = new Set([
  'chrono-node',
  'linkedom',
  '@extractus/feed-extractor',
  'fast-xml-parser',
  'warcio',
  'chardet',
  'iconv-lite',
  'robots-parser',
  'ipaddr.js',
]);

/** The package a bare import names ("@scope/name/sub" → "@scope/name"). */
const packageOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** Keeps every package external but those of `BUNDLED` and what they import. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || isBuiltin(args.path)) return { path: args.path, external: true };
      const inPackage = /[\\/]node_modules[\\/]/.test(args.importer);
      if (BUNDLED.has(packageOf(args.path)) || inPackage) return undefined;
      return { path: args.path, external: true };
    });
  },
};

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
  plugins: [externalPackages],
  // The CommonJS among the bundled packages (iconv-lite, chardet) require Node's modules.
  banner: {
    js: "import { createRequire as __bundledRequire } from 'node:module'; const require = __bundledRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
});

// eld's language model as JSON (src/models/language.ts reads it): the package ships it as a JavaScript
// object literal that takes V8 four times longer to evaluate than JSON takes to parse, and even as JSON its
// 105,000 n-grams, each an object of scores, take a quarter of a second to make at every start. So the
// n-grams are written as two lines of text: their keys in order, and each one's scores ("language:score,…"),
// which the detector reads on first use (`lazyNgrams`).
{
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('eld/medium'))), '../..');
  const { version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const { ngramsData } = await import(pathToFileURL(path.join(folder, 'src/ngrams/medium.js')).href);
  const { ngrams, ...rest } = ngramsData;
  const keys = Object.keys(ngrams).sort();
  if (keys.some((k) => k.includes('\n'))) throw new Error('an eld n-gram holds a line break: the copy cannot list it');
  const values = keys.map((k) =>
    Object.entries(ngrams[k])
      .map(([language, score]) => `${language}:${score}`)
      .join(','),
  );
  writeFileSync(
    new URL('../dist/eld-medium.json', import.meta.url),
    JSON.stringify({ version, format: 2, ngramsData: rest, keys: keys.join('\n'), scores: values.join('\n') }),
  );
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
