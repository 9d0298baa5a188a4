/**
 * The language detector: eld's "medium" n-gram model. eld ships its n-grams as a 2 MB JavaScript object
 * literal, which takes V8 about a second to evaluate at every start of `add` or `analyze` (and of every
 * worker thread); the same data as JSON parses four times faster, and its n-grams read on first use
 * (`lazyNgrams`) faster still. `npm run build` writes it as JSON
 * (dist/eld-medium.json, with the version of eld it was read from); this module reads that copy into
 * eld's own detector when it is there and of the installed version, and imports eld's model as shipped
 * otherwise. Both give the same detector (a test compares them).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from '../paths.ts';

/** What the pipeline uses of an eld detector. */
export interface Detector {
  detect(text: string): { language: string; getScores(): Record<string, number> };
}

/** Where the JSON copy of the model is written by the build and read from. */
export const ELD_JSON = path.join(ROOT, 'dist/eld-medium.json');

/** The folder of the installed eld package (its entry resolved as Node does), or undefined. */
export function eldFolder(): string | undefined {
  try {
    // eld/src/entries/static.medium.js → eld/
    const entry = import.meta.resolve?.('eld/medium');
    if (entry?.startsWith('file:')) return path.resolve(path.dirname(fileURLToPath(entry)), '../..');
  } catch {
    // resolved below
  }
  const local = path.join(ROOT, 'node_modules/eld');
  return existsSync(local) ? local : undefined;
}

/** The JSON copy of the model as the build writes it (`scripts/build.mjs`). */
interface ModelCopy {
  version: string;
  format?: number;
  /** eld's model but its n-grams. */
  ngramsData: Record<string, unknown>;
  /** The n-grams, in order, one a line. */
  keys: string;
  /** Each n-gram's scores, a line each in the order of `keys`: "language:score,…". */
  scores: string;
}

/**
 * eld's table of n-grams, each read when the detector first looks it up: the same scores, without making
 * 105,000 objects at every start (a quarter of a second). The detector only ever reads `ngrams[key]`.
 */
export function lazyNgrams(keys: string, scores: string): Record<string, Record<string, number> | undefined> {
  const sorted = keys.split('\n');
  const lines = scores.split('\n');
  const indexOf = (key: string): number => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = sorted[mid]!;
      if (at === key) return mid;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  /** What each key looked up gave (null: not a key), so that a key met again is not searched again. */
  const seen = new Map<string, Record<string, number> | null>();
  return new Proxy({} as Record<string, Record<string, number> | undefined>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const known = seen.get(key);
      if (known !== undefined) return known ?? undefined;
      const i = indexOf(key);
      let entry: Record<string, number> | null = null;
      if (i >= 0) {
        entry = {};
        for (const pair of lines[i]!.split(',')) {
          const colon = pair.indexOf(':');
          entry[pair.slice(0, colon)] = Number(pair.slice(colon + 1));
        }
      }
      // Bounded: text of any kind may look up any number of keys that are none.
      if (seen.size >= MAX_SEEN) seen.clear();
      seen.set(key, entry);
      return entry ?? undefined;
    },
  });
}

/** The most keys whose lookup is remembered (the model has 105,000). */
const MAX_SEEN = 300_000;

/** The detector read from the JSON copy, or undefined when there is none of the installed version. */
async function fromJson(): Promise<Detector | undefined> {
  const folder = eldFolder();
  if (!folder || !existsSync(ELD_JSON)) return undefined;
  const { version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string };
  const copy = JSON.parse(readFileSync(ELD_JSON, 'utf8')) as ModelCopy;
  if (copy.version !== version || copy.format !== 2) return undefined;
  const { createEld } = (await import(pathToFileURL(path.join(folder, 'src/languageDetector.js')).href)) as {
    createEld(): { instance: Detector; loadData(data: unknown): unknown };
  };
  const { instance, loadData } = createEld();
  if (!loadData({ ...copy.ngramsData, ngrams: lazyNgrams(copy.keys, copy.scores) })) return undefined;
  return instance;
}

/** eld's medium detector as the package ships it. */
export async function shippedDetector(): Promise<Detector> {
  return (await import('eld/medium')).eld as Detector;
}

/** The detector: from the JSON copy when it can be, else as shipped. */
export async function loadDetector(): Promise<Detector> {
  try {
    const fast = await fromJson();
    if (fast) return fast;
  } catch {
    // an unreadable or foreign copy: the shipped model below
  }
  return shippedDetector();
}

export const detector: Detector = await loadDetector();
