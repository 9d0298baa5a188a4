/**
 * The web UI's files: the page, the style sheet, the icon, and the script, bundled from src/web by
 * esbuild the first time it is asked for (in memory, a few tens of milliseconds). Everything the UI
 * needs comes from this server: it works with no network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../paths.ts';

/** The folder of the UI's sources. */
export const WEB_DIR = path.join(ROOT, 'src', 'web');

/** One file to serve. */
export interface Asset {
  body: string;
  type: string;
}

/** A Map, not an object: a name like "constructor" or "__proto__" must find nothing. */
const FILES = new Map<string, { file: string; type: string }>([
  ['app.css', { file: 'styles.css', type: 'text/css; charset=utf-8' }],
  ['favicon.svg', { file: 'favicon.svg', type: 'image/svg+xml' }],
]);

const cache = new Map<string, Promise<Asset>>();

/** The UI's script: src/web/main.ts and what it imports, in one ES module. */
async function bundle(): Promise<Asset> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(WEB_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return { body: result.outputFiles[0]!.text, type: 'text/javascript; charset=utf-8' };
}

/** The page every view is shown in. */
export function indexPage(): Promise<Asset> {
  return cached('index.html', async () => ({
    body: await readFile(path.join(WEB_DIR, 'index.html'), 'utf8'),
    type: 'text/html; charset=utf-8',
  }));
}

/** An asset by name (`app.js`, `app.css`, `favicon.svg`), or undefined. */
export function asset(name: string): Promise<Asset> | undefined {
  if (name === 'app.js') return cached(name, bundle);
  const known = FILES.get(name);
  if (!known) return undefined;
  return cached(name, async () => ({
    body: await readFile(path.join(WEB_DIR, known.file), 'utf8'),
    type: known.type,
  }));
}

function cached(name: string, make: () => Promise<Asset>): Promise<Asset> {
  let entry = cache.get(name);
  if (!entry) {
    entry = make();
    // A failure is not remembered: the next request tries again.
    entry.catch(() => cache.delete(name));
    cache.set(name, entry);
  }
  return entry;
}
