/**
 * The timeline: the example corpus stored with the dates stage, listed in date order across articles,
 * verbatim copies folded into one entry, as text and as JSON; and its errors.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/app/ingest.ts';
import { timeline, type TimelineEntry } from '../src/cli/timeline/index.ts';
import type { Io } from '../src/cli/shared.ts';
import { NotFoundError } from '../src/errors.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { dates } from '../src/stages/dates/index.ts';
import { Store } from '../src/store/index.ts';
import { EXAMPLES } from './helpers/shared.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-timeline-'));
const db = path.join(dir, 'timeline.db');

/** Runs the command with captured output. */
async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: () => {}, interactive: false };
  const code = await timeline.run(argv, io);
  return { code, out: out.join('\n') };
}

describe('triangulate timeline', () => {
  beforeAll(async () => {
    const store = Store.open(db);
    await ingest([EXAMPLES], { store, stages: [...articleStages(), dates()] });
    store.close();
  });

  it('lists dated sentences in date order, as JSON', async () => {
    const { code, out } = await run('--db', db, '--json');
    expect(code).toBe(0);
    const entries = JSON.parse(out) as TimelineEntry[];
    expect(entries.length).toBeGreaterThan(40);
    const froms = entries.map((e) => e.from);
    expect(froms).toEqual([...froms].sort());
    // No durations and no "now": only what has a place in the calendar.
    for (const e of entries) expect(e.value).toMatch(/^\d/);
    // The breach night comes before the inquiry, which comes before the next hearing.
    const breach = entries.findIndex((e) => e.value === '2026-03-10' && /gave way/.test(e.sentence));
    const inquiry = entries.findIndex((e) => e.value === '2026-03-31');
    const hearing = entries.findIndex((e) => e.value === '2026-04-06');
    expect(breach).toBeGreaterThanOrEqual(0);
    expect(breach).toBeLessThan(inquiry);
    expect(inquiry).toBeLessThan(hearing);
  });

  it('folds a verbatim copy into the entry of its original', async () => {
    const entries = JSON.parse((await run('--db', db, '--json')).out) as TimelineEntry[];
    const meeting = entries.find(
      (e) => e.value === '2026-03-12TEV' && e.sentence.startsWith('A public meeting for affected residents'),
    )!;
    expect(meeting.sources.map((s) => s.outlet).sort()).toEqual(['NewsHarbor Digest', 'The Caddenford Herald']);
    for (const s of meeting.sources) expect(s.text).toBe('Thursday evening');
  });

  it('prints one line per entry with the sentence under it, and marks inferred dates', async () => {
    const { code, out } = await run('--db', db);
    expect(code).toBe(0);
    expect(out).toMatch(/^2026-03-13 +"Friday" — .*TrendPulse Now \(2026-03-12, inferred\)/m);
    expect(out).toMatch(/^ {4}.*drain from most streets by Friday/m);
  });

  it('says when there is no database, and prints its help', async () => {
    await expect(run('--db', path.join(dir, 'missing.db'))).rejects.toBeInstanceOf(NotFoundError);
    expect((await run('--help')).out).toMatch(/^Usage: triangulate timeline/);
  });

  it('says when the articles were analysed without the dates stage', async () => {
    const bare = path.join(dir, 'bare.db');
    const store = Store.open(bare);
    await ingest([path.join(EXAMPLES, 'kestle-ferry.txt')], {
      store,
      stages: articleStages().filter((s) => s.name !== 'dates'),
    });
    store.close();
    expect((await run('--db', bare)).out).toMatch(/analysed without the dates stage/);
  });
});
