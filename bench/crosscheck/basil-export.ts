/**
 * The JSON export the crosscheck benches score: the one given with `--export FILE`, or one made here by
 * `triangulate analyze` of all 150 BASIL articles into a fresh database (`keep` saves a copy of it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import type { ExportV1 } from '../../src/export/json.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BASIL_ARTICLES = path.resolve(ROOT, '../shared/bench/basil/articles.jsonl');

export async function basilExport(options: { export?: string; keep?: string } = {}): Promise<ExportV1> {
  if (options.export) return JSON.parse(readFileSync(options.export, 'utf8')) as ExportV1;
  if (!existsSync(BASIL_ARTICLES)) {
    console.error(`no BASIL articles at ${BASIL_ARTICLES} (or give --export FILE)`);
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'crosscheck-'));
  try {
    const out = path.join(work, 'export.json');
    const io: Io = { out: () => {}, err: (text) => process.stderr.write(`${text}\n`), interactive: false };
    const t0 = performance.now();
    const code = await main(['analyze', BASIL_ARTICLES, '--db', path.join(work, 'basil.db'), '--json', out, '-q'], io);
    if (code !== 0) throw new Error(`analyze exited with ${code}`);
    if (options.keep) writeFileSync(options.keep, readFileSync(out));
    console.log(`analyze of the 150 BASIL articles: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return JSON.parse(readFileSync(out, 'utf8')) as ExportV1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The options both crosscheck benches take: `--export FILE`, `--keep FILE`, `--json FILE`, `--misses`,
 * and `--half tune|held` (the half of the gold the rules were tuned on, or the half held back); and
 * `--gold main|further` when `gold` is true (the disputes bench: which disputes gold it scores).
 */
export function benchOptions(
  usage: string,
  gold = false,
): {
  export?: string;
  keep?: string;
  json?: string;
  misses?: boolean;
  half?: 'tune' | 'held';
  gold?: 'main' | 'further';
} {
  const { values } = withUsage(usage, () =>
    parseArgs({
      options: {
        export: { type: 'string' },
        json: { type: 'string' },
        misses: { type: 'boolean' },
        half: { type: 'string' },
        keep: { type: 'string' },
        ...(gold ? { gold: { type: 'string' as const } } : {}),
      },
    }),
  );
  if (values.gold && values.gold !== 'main' && values.gold !== 'further') {
    console.error('--gold is main or further');
    process.exit(2);
  }
  if (values.half && values.half !== 'tune' && values.half !== 'held') {
    console.error('--half is tune or held');
    process.exit(2);
  }
  return values as ReturnType<typeof benchOptions>;
}
