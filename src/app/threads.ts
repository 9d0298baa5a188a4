/**
 * Starting a worker thread of the program: `dist/<name>.js` once built, else the TypeScript source (run
 * with tsx's loader, as the tests run it). Shared by the story reader of the server and the pipeline
 * pool of the reading commands.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `source` (a path relative to this file's folder in the sources, e.g.
 * `../server/story-worker.ts`); once built, `dist/<name>.js` (the name of the source without `.ts`).
 */
export function programThread(source: string, workerData: unknown): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // From the sources (the tests): the worker registers tsx's loader, then imports the source.
    const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
    const file = new URL(source, here).href;
    const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); });`;
    return new Worker(boot, { eval: true, workerData });
  }
  const name = source.replace(/^.*\//, '').replace(/\.ts$/, '.js');
  // Built: this file is in dist/ or in dist/chunks/.
  const built = [new URL(`./${name}`, here), new URL(`../${name}`, here)].find((u) => existsSync(u));
  if (!built) throw new Error(`${name} is missing beside the program: run "npm run build"`);
  return new Worker(built, { workerData });
}
