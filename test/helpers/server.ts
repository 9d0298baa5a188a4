import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './run.ts';
import { ROOT } from './shared.ts';

/** Articles carrying markup and script in their text, title, outlet and address (see its README). */
export const HOSTILE = path.join(ROOT, 'test/fixtures/hostile');

/** Analyses the inputs into a new database in a temporary folder; returns its path. */
export async function analysedDb(prefix: string, ...inputs: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), `triangulate-${prefix}-`));
  const db = path.join(dir, 'story.db');
  const run = await cli('analyze', ...inputs, '--db', db, '--quiet');
  if (run.code !== 0) throw new Error(`analyze failed (${run.code}): ${run.err}`);
  return db;
}

/**
 * The chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When it is
 * missing the tests skip with a visible notice; under CI (CI=true) a missing browser fails the run.
 */
export function chromiumPath(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  if (process.env.CI === 'true')
    throw new Error(`no chromium at ${candidate}, and CI=true: the browser tests must not be skipped in CI`);
  console.warn(
    `NOTICE: no chromium at ${candidate} (set CHROMIUM_PATH, or apt-get install chromium); the browser tests are skipped.`,
  );
  return undefined;
}
