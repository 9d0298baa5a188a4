/**
 * The Markdown report of the example corpus, as `triangulate check` prints it: every item names its
 * outlets and quotes its evidence — each quoted sentence exactly as it stands in an article of the
 * outlet named beside it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.ts';
import { checkCommand } from '../src/cli/check/index.ts';
import { claimReportOf, claimResultsOf } from '../src/corpus/claims/views.ts';
import { renderMarkdown, type ReportClaim } from '../src/corpus/claims/report.ts';
import { isEstablished } from '../src/corpus/claims/salience.ts';
import type { Claim } from '../src/corpus/claims/types.ts';
import { listEvents } from '../src/corpus/events/read.ts';
import type { Io } from '../src/cli/shared.ts';
import { Store } from '../src/store/index.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLES } from './helpers/shared.ts';

const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-check-')), 'example.db');

/** Runs `check` in-process (it is wired into the command list separately). */
async function check(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false };
  const code = await checkCommand.run([...argv, '--db', db], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** An item of a section: its one-sentence line and its evidence lines. */
interface Item {
  section: string;
  line: string;
  evidence: { outlet: string; sentence: string }[];
}

/** Reads the report's items: "- " lines under "## " headings, with their "   - " evidence lines. */
function items(markdown: string): Item[] {
  const out: Item[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).replace(/ \([^)]*\)$/u, '');
    else if (line.startsWith('- ')) out.push({ section, line: line.slice(2), evidence: [] });
    else if (line.startsWith('   - ') && !line.startsWith('   - … and')) {
      const m = /^ {3}- (?:.+ — )?([^:“]+): “(.*)”$/u.exec(line);
      expect(m, line).not.toBeNull();
      out.at(-1)!.evidence.push({ outlet: m![1]!, sentence: m![2]! });
    }
  }
  return out;
}

/** True when the text is one or more whole sentences of the article. */
function isSentences(article: Article, text: string): boolean {
  const sentences = article.annotations.sentences ?? [];
  return sentences.some((s, i) => sentences.slice(i, i + 4).some((e) => article.text.slice(s.start, e.end) === text));
}

describe('check: the Markdown report of the example corpus', () => {
  let markdown: string;
  let articles: Article[];
  beforeAll(async () => {
    const analyse = await cli('analyze', EXAMPLES, '--db', db, '--quiet');
    expect(analyse.code).toBe(0);
    const run = await check();
    expect(run.code).toBe(0);
    markdown = run.out;
    const store = Store.open(db);
    articles = store.listArticles();
    store.close();
  });

  it('says where an established fact carries a value that sources dispute, and only there', () => {
    const established = items(markdown).filter((i) => i.section === 'Established');
    const noted = established.filter((i) => i.line.includes('(see Contested)'));
    const flooded = noted.find((i) => i.line.startsWith('Officials said 380 homes were flooded'));
    expect(flooded?.line).toMatch(/; sources dispute the number of homes flooded \(see Contested\)\.$/);
    // Every noted item quotes a sentence that gives a side of a dispute; most items have none.
    const sides = new Set(
      items(markdown)
        .filter((i) => i.section === 'Contested')
        .flatMap((i) => i.evidence.map((e) => e.sentence)),
    );
    expect(noted.length).toBeLessThan(established.length / 4);
    for (const i of noted)
      expect(
        i.evidence.some((e) => sides.has(e.sentence)),
        i.line,
      ).toBe(true);
  });

  it('has the three sections and a line per outlet, the planted contradictions contested', () => {
    const sections = items(markdown);
    expect(new Set(sections.map((i) => i.section))).toEqual(
      new Set(['Contested', 'Established', 'Single-source', 'By outlet']),
    );
    // The headings say what they count: conflicts; single-source claims, and the roles left to entity pages.
    const contestedCount = sections.filter((i) => i.section === 'Contested').length;
    expect(markdown).toContain(`## Contested (${contestedCount} conflicts)`);
    const singleCount = sections.filter((i) => i.section === 'Single-source').length;
    expect(markdown).toMatch(new RegExp(`## Single-source \\(${singleCount}, and \\d+ roles? on the entity pages\\)`));
    const byOutlet = sections.filter((i) => i.section === 'By outlet').map((i) => i.line);
    expect(byOutlet.find((l) => l.startsWith('TrendPulse Now:'))).toMatch(
      /^TrendPulse Now: carries 23 claims, 16 of them corroborated; leaves out \d+ of the \d+ established claims of the events it covers \(“[^”]+”, “[^”]+”, …\); on contested points it says the number of homes flooded: 380 homes; Water Commissioner: Ingrid Solvang\.$/u,
    );
    expect(byOutlet.find((l) => l.startsWith('Kestle Island Gazette:'))).not.toMatch(/contested/);
    const contested = sections.filter((i) => i.section === 'Contested').map((i) => i.line);
    expect(contested).toHaveLength(7);
    expect(contested[0]).toBe(
      'Solvang denied what earlier reports said: that engineers at the board had asked for the reservoir to be lowered before the storm (Westmarch Observer).',
    );
    expect(contested.join('\n')).toMatch(/412 homes.*against 380 homes/u);
    expect(contested.join('\n')).toMatch(/Ingrid Solvang.*against Piers Hallowell \(El Faro del Lusk\)/u);
    expect(contested.join('\n')).toMatch(/Piers Hallowell is called a former Water Commissioner/u);
    expect(contested.join('\n')).toMatch(
      /Sources disagree on the date of the final hearing: April 28 \(Northgate Wire\) against April 21 \(Westmarch Observer\)/u,
    );
  });

  it('says where an outlet states a value or a holder otherwise, not the sides of a denial it reports', () => {
    const lines = items(markdown).filter((i) => i.section === 'By outlet');
    expect(lines.some((l) => l.line.includes('on contested points it says'))).toBe(true);
    for (const { line } of lines) expect(line).not.toMatch(/: (claimed|denied)(, (claimed|denied))?[;.]/u);
  });

  it('says what each outlet leaves out: the established claims of the events it covers that it does not carry', () => {
    const store = Store.open(db);
    try {
      const result = claimResultsOf(store.items('claims'));
      const eventOf = new Map<string, string>();
      for (const e of listEvents(store.clusters())) for (const a of e.articles) eventOf.set(a, e.id);
      const outletOf = new Map(articles.map((a) => [a.id, a.meta.outlet ?? a.id]));
      const lines = items(markdown).filter((i) => i.section === 'By outlet');
      expect(lines.some((l) => l.line.includes('leaves out'))).toBe(true);
      for (const { line } of lines) {
        const outlet = line.slice(0, line.indexOf(': carries'));
        const covered = new Set(articles.filter((a) => outletOf.get(a.id) === outlet).map((a) => eventOf.get(a.id)));
        const ofItsEvents = result.claims.filter(
          (c) => isEstablished(c) && c.evidence.some((e) => covered.has(eventOf.get(e.article))),
        );
        const left = ofItsEvents.filter((c) => !c.evidence.some((e) => e.outlet === outlet));
        const said = /leaves out (\d+) of the (\d+) established/u.exec(line);
        if (left.length) expect(said?.slice(1).map(Number)).toEqual([left.length, ofItsEvents.length]);
        else expect(said).toBeNull();
      }
    } finally {
      store.close();
    }
  });

  it('names the outlets of every item and quotes its evidence, sentence for sentence', () => {
    const outlets = new Set(articles.map((a) => a.meta.outlet ?? a.id));
    const list = items(markdown).filter((i) => i.section !== 'By outlet');
    expect(list.length).toBeGreaterThan(20);
    for (const item of list) {
      expect(item.evidence.length, item.line).toBeGreaterThan(0);
      const named = [...outlets].filter((o) => item.line.includes(o));
      expect(named.length, item.line).toBeGreaterThan(0);
      for (const e of item.evidence) {
        expect(named, `${item.line}: evidence from ${e.outlet}`).toContain(e.outlet);
        const from = articles.filter((a) => (a.meta.outlet ?? a.id) === e.outlet);
        expect(
          from.some((a) => isSentences(a, e.sentence)),
          `${e.outlet}: “${e.sentence}”`,
        ).toBe(true);
      }
    }
  });

  it('lists established facts most salient first, and no role or short fragment among them', () => {
    const established = items(markdown).filter((i) => i.section === 'Established');
    expect(established.length).toBeGreaterThan(10);
    const sources = established.map((i) => Number(/\((\d+) independent sources\)/u.exec(i.line)?.[1] ?? 0));
    expect(sources.every((n) => n >= 2)).toBe(true);
    // Most sources first (salience counts sources before kind and evidence).
    for (let k = 1; k < sources.length; k++) expect(sources[k]).toBeLessThanOrEqual(sources[k - 1]!);
    for (const i of established) {
      expect(i.line).not.toMatch(/ is (former )?Water Commissioner —/u);
      expect(i.line.split(/\s+/u).length).toBeGreaterThanOrEqual(5);
    }
    expect(established.some((i) => i.line.startsWith('Police closed the Lusk Bridge'))).toBe(true);
  });

  it('reads the report from the partitions’ report views: the same report as from their whole results', () => {
    const store = Store.open(db);
    try {
      const items = store.items('claims');
      const eventOf = new Map<string, string>();
      for (const e of listEvents(store.clusters())) for (const a of e.articles) eventOf.set(a, e.id);
      const context = { eventOf: (a: string) => eventOf.get(a) };
      const whole = renderMarkdown(claimResultsOf(items), {}, context);
      const view = claimReportOf(items);
      expect(renderMarkdown(view, {}, context)).toBe(whole);
      expect(`${whole.trimEnd()}`).toBe(markdown);
      // Without the events, nothing is said of what an outlet leaves out.
      expect(renderMarkdown(view)).not.toMatch(/leaves out/u);
      // The view holds no words of evidence (spans and outlets alone): each claim's item is written already.
      expect(view.claims.flatMap((c) => c.evidence).every((e) => e.text === '')).toBe(true);
      expect(view.claims.every((c) => (c as ReportClaim).lines?.()?.length)).toBe(true);
    } finally {
      store.close();
    }
  });

  it('lists the most salient single-source claims, counts the rest, and lists every one when asked', async () => {
    const store = Store.open(db);
    let limited: string;
    let whole: string;
    try {
      const view = claimReportOf(store.items('claims'));
      const eventOf = new Map<string, string>();
      for (const e of listEvents(store.clusters())) for (const a of e.articles) eventOf.set(a, e.id);
      const context = { eventOf: (a: string) => eventOf.get(a) };
      limited = renderMarkdown(view, { maxSingleSource: 3, maxEstablished: 4 }, context);
      whole = renderMarkdown(view, { maxSingleSource: Infinity }, context);
    } finally {
      store.close();
    }
    const single = (md: string) => items(md).filter((i) => i.section === 'Single-source');
    const all = single(whole);
    expect(all.length).toBeGreaterThan(3);
    expect(single(limited)).toEqual(all.slice(0, 3));
    expect(limited).toContain(`… and ${all.length - 3} more single-source claims, less salient`);
    expect(whole).not.toContain('more single-source claims');
    // The same for established claims: the most salient listed, the rest counted (the header counts all).
    const established = (md: string) => items(md).filter((i) => i.section === 'Established');
    const allEstablished = established(whole);
    expect(established(limited)).toEqual(allEstablished.slice(0, 4));
    expect(limited).toContain(`## Established (${allEstablished.length}, and `);
    // Roles two outlets agree on are counted there, not listed (they are on the entity pages).
    expect(limited).toMatch(/^## Established \(\d+, and \d+ corroborated roles? on the entity pages\)$/mu);
    expect(limited).toContain(`… and ${allEstablished.length - 4} more established claims, less salient`);
    expect(whole).not.toContain('more established claims');
    // The example corpus has fewer than the default: `check` and `check --all` print one report.
    expect((await check('--all')).out).toBe(markdown);
    expect(markdown).toBe(whole.trimEnd());
  });

  it('prints JSON claims and conflicts', async () => {
    const run = await check('--format', 'json');
    const json = JSON.parse(run.out) as { claims: { status: string }[]; conflicts: { evidence: unknown[] }[] };
    expect(json.conflicts).toHaveLength(7);
    expect(json.claims.filter((c) => c.status === 'contested').length).toBeGreaterThanOrEqual(4);
  });

  it('checks one event: the breach week holds the three conflicts, the inquiry its denial and its dates', async () => {
    type Json = { claims: { evidence: { article: string }[] }[]; conflicts: { about: string }[] };
    const breach = JSON.parse((await check('--format', 'json', '--event', 'ev_1')).out) as Json;
    expect(breach.conflicts.map((c) => c.about).sort()).toEqual([
      'Piers Hallowell, Water Commissioner',
      'Water Commissioner',
      'the number of homes flooded',
    ]);
    const inquiry = JSON.parse((await check('--format', 'json', '--event', 'ev_2')).out) as Json;
    expect(inquiry.conflicts.map((c) => c.about).sort()).toEqual([
      'date of the final hearing',
      'engineers at the board had asked for the reservoir to be lowered before the storm',
      'when Piers Hallowell left',
    ]);
    expect(inquiry.claims.length).toBeGreaterThan(0);
    await expect(check('--event', 'ev_99')).rejects.toThrow(/no event ev_99/u);
  });
});

describe('check: a conflict with more evidence than the report quotes', () => {
  it('reads from the report views the report of the whole results: six sentences a side quoted, the rest counted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-conflict-'));
    const outlets = ['Harbor Daily', 'Lusk Courier', 'Valley Post', 'North Gazette', 'Elbery Times', 'River Herald'];
    outlets.push('County Ledger', 'Morning Star');
    const write = (name: string, outlet: string, day: number, text: string) => {
      writeFileSync(path.join(dir, `${name}.txt`), text);
      writeFileSync(
        path.join(dir, `${name}.txt.meta.json`),
        JSON.stringify({ outlet, published: `2026-03-0${day}`, title: name }),
      );
    };
    outlets.forEach((outlet, i) =>
      write(
        `a${i}`,
        outlet,
        i + 1,
        `Flood in Port Elbery, as the ${outlet} counts it\n\nPORT ELBERY — The flood that followed the spillway failure flooded 412 homes, officials told the ${outlet} on Tuesday.\n\nCrews worked through the night, and reporter ${i + 1} of the ${outlet} watched them clear the road.\n`,
      ),
    );
    write(
      'b',
      'WBN News',
      2,
      "Flood in Port Elbery: another count\n\nPORT ELBERY — The flood that followed the spillway failure flooded 380 homes, the mayor's office said on Tuesday.\n\nResidents of the lower town waited for the water to drop.\n",
    );
    const file = path.join(dir, 'flood.db');
    expect((await cli('analyze', dir, '--db', file, '--quiet')).code).toBe(0);
    const store = Store.open(file);
    try {
      const items = store.items('claims');
      const whole = claimResultsOf(items);
      const view = claimReportOf(items);
      const homes = whole.conflicts.find((c) => c.kind === 'value')!;
      expect(homes.evidence.filter((e) => e.value === '412 homes')).toHaveLength(8);
      const markdown = renderMarkdown(view);
      expect(markdown).toBe(renderMarkdown(whole));
      expect(markdown).toContain('   - … and 2 more');
      // The view keeps the words of the sentences the report quotes, and of no other.
      const quoted = view.conflicts.find((c) => c.id === homes.id)!.evidence.filter((e) => e.sentence.text);
      expect(quoted.map((e) => e.value)).toEqual([...Array(6).fill('412 homes'), '380 homes']);
    } finally {
      store.close();
    }
  });
});

describe('check: what each outlet leaves out, against a count made claim by claim', () => {
  /** A seeded generator (mulberry32): the same claims at every run. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('counts a claim told in two events an outlet covers once, and names the most salient it leaves out', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
      const outlets = ['Alpha', 'Beta', 'Gamma', 'Delta'];
      const articles = Array.from({ length: 14 }, (_, i) => ({
        id: `a${i}`,
        outlet: pick(outlets),
        // Some articles are in no event.
        event: next() < 0.15 ? undefined : `ev${Math.floor(next() * 5)}`,
      }));
      const claims: Claim[] = Array.from({ length: 40 }, (_, i) => {
        const told = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(articles)))];
        const kind = next() < 0.15 ? 'role' : 'fact';
        const sources = [...new Set(told.map((a) => a.outlet))];
        const status = sources.length >= 2 ? 'corroborated' : 'single-source';
        return {
          id: `c${i}`,
          kind,
          statement: `Claim number ${String(i).padStart(2, '0')} of seed ${seed}`,
          about: '',
          status,
          established: status === 'corroborated' && kind !== 'role',
          sources,
          outlets: sources,
          evidence: told.map((a, k) => ({
            article: a.id,
            start: k * 10,
            end: k * 10 + 5,
            text: 'x',
            outlet: a.outlet,
            source: a.outlet,
            sentence: { start: k * 10, end: k * 10 + 5, text: 'x' },
          })),
        };
      });
      const eventOf = new Map(articles.map((a) => [a.id, a.event]));
      const markdown = renderMarkdown({ claims, conflicts: [] }, {}, { eventOf: (a) => eventOf.get(a) });
      const established = claims
        .filter((c) => c.established)
        .sort(
          (a, b) =>
            b.sources.length +
              Math.min(b.evidence.length, 10) * 0.05 -
              (a.sources.length + Math.min(a.evidence.length, 10) * 0.05) || a.statement.localeCompare(b.statement),
        );
      for (const outlet of outlets) {
        const line = markdown.split('\n').find((l) => l.startsWith(`- ${outlet}: carries`));
        const covered = new Set(
          claims.flatMap((c) => c.evidence.filter((e) => e.outlet === outlet).map((e) => eventOf.get(e.article))),
        );
        covered.delete(undefined);
        const ofItsEvents = established.filter((c) => c.evidence.some((e) => covered.has(eventOf.get(e.article))));
        const left = ofItsEvents.filter((c) => !c.evidence.some((e) => e.outlet === outlet));
        const said = /leaves out (\d+) of the (\d+) established claims? of the events it covers(?: \((.*?)\))?;?/u.exec(
          line ?? '',
        );
        if (!left.length) {
          expect(said, `seed ${seed}, ${outlet}`).toBeNull();
          continue;
        }
        expect(said?.slice(1, 3).map(Number), `seed ${seed}, ${outlet}`).toEqual([left.length, ofItsEvents.length]);
        const named = left.slice(0, 2).map((c) => `“${c.statement}”`);
        expect(said?.[3], `seed ${seed}, ${outlet}`).toBe(`${named.join(', ')}${left.length > 2 ? ', …' : ''}`);
      }
    }
  });
});
