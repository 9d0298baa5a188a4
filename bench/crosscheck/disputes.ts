/**
 * Disputes and chains of reporting on BASIL, against test/gold/basil-disputes.ts (12 events, each
 * told by three outlets; every dispute a careful reader finds, "none" included, and chains of
 * reporting) — or, with `--gold further`, against basil-disputes-a.ts and -b.ts (12 further events,
 * the events of basil-facts-a.ts and -b.ts, written later under the same guidelines by readers who saw
 * no output of the pipeline; `--half tune` is the events of -a, `--half held` those of -b).
 *
 *   npx tsx bench/crosscheck/disputes.ts [--gold main|further] [--half tune|held] [--export FILE] [--misses] [--json FILE]
 *
 * A gold dispute is **found** when one conflict of the export has evidence over the phrases of two of
 * its sides (an overlapping span); **kind right** when that conflict's kind is the gold's. A conflict
 * is **unmatched** when its evidence lies in the articles of one gold event and it finds no gold
 * dispute: the disputes reported that a careful reader does not see (target: at most one per event).
 * A gold chain is **found** when a quote of the export overlaps its phrase, or abuts it in its sentence
 * (the phrase is the quote's frame, joined to it by a comma or a colon: see `ofPhrase`), and the quote's
 * `via` names each of the chain's go-betweens (a word of the name in common, "the" left out).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BASIL_CHAINS, BASIL_DISPUTES } from '../../test/gold/basil-disputes.ts';
import { BASIL_CHAINS_A, BASIL_DISPUTES_A } from '../../test/gold/basil-disputes-a.ts';
import { BASIL_CHAINS_B, BASIL_DISPUTES_B } from '../../test/gold/basil-disputes-b.ts';
import { basilExport, benchOptions, ROOT as root } from './basil-export.ts';
const values = benchOptions(
  'Usage: npx tsx bench/crosscheck/disputes.ts [--gold main|further] [--export FILE] [--json FILE] [--misses] [--half tune|held] [--keep FILE]',
  true,
);
const half = values.half;
const further = values.gold === 'further';
// The main gold: its first six events are the half the rules were tuned on, the other six are held back.
// The further gold: the events of -a the tuning half, those of -b held back.
const [TUNE, HELD] = further
  ? [BASIL_DISPUTES_A, BASIL_DISPUTES_B]
  : [BASIL_DISPUTES.slice(0, 6), BASIL_DISPUTES.slice(6)];
const EVENTS = half === 'tune' ? TUNE : half === 'held' ? HELD : [...TUNE, ...HELD];
const ALL_CHAINS = further ? [...BASIL_CHAINS_A, ...BASIL_CHAINS_B] : BASIL_CHAINS;
const CHAINS = ALL_CHAINS.filter((c) => EVENTS.some((e) => e.event === c.event));
const GOLD_FILE = further ? 'test/gold/basil-disputes-a.ts, -b.ts' : 'test/gold/basil-disputes.ts';
const data = await basilExport({
  ...(values.export ? { export: values.export } : {}),
  ...(values.keep ? { keep: values.keep } : {}),
});
const byUrl = new Map(data.articles.map((a) => [a.source.url, a]));
const spanOf = (url: string, phrase: string) => {
  const a = byUrl.get(url);
  const at = a ? a.text.indexOf(phrase) : -1;
  return a && at >= 0 ? { article: a.id, start: at, end: at + phrase.length } : undefined;
};
const overlaps = (
  e: { article: string; start: number; end: number },
  s: { article: string; start: number; end: number },
) => e.article === s.article && e.start < s.end && s.start < e.end;

// Disputes.
const eventOfArticle = new Map<string, string>();
const gold = EVENTS.flatMap((ev) => ev.disputes);
for (const ev of EVENTS)
  for (const d of ev.disputes)
    for (const s of d.sides) if (byUrl.get(s.url)) eventOfArticle.set(byUrl.get(s.url)!.id, ev.event);
// Every article's event (gold.json: url → {event}).
const basilEvents = JSON.parse(readFileSync(path.resolve(root, '../shared/bench/basil/gold.json'), 'utf8')) as Record<
  string,
  { event: string }
>;
const eventOfUrl = new Map(Object.entries(basilEvents).map(([url, v]) => [url, v.event]));
for (const [url, ev] of eventOfUrl) if (byUrl.get(url)) eventOfArticle.set(byUrl.get(url)!.id, ev);
const goldEvents = new Set(EVENTS.map((e) => e.event));

const matched = new Set<string>();
const outcomes = gold.map((d) => {
  const sides = d.sides.map((s) => spanOf(s.url, s.phrase));
  let found: (typeof data.conflicts)[number] | undefined;
  for (const c of data.conflicts) {
    const hit = sides.filter((s) => s && c.evidence.some((e) => overlaps(e, s))).length;
    if (hit >= 2 || (hit >= 1 && sides.length === 1)) {
      found = c;
      if (c.kind === d.kind) break;
    }
  }
  if (found) matched.add(found.id);
  return { d, found, kindRight: found?.kind === d.kind, unplaced: sides.filter((s) => !s).length };
});
const unmatched = new Map<string, string[]>();
for (const c of data.conflicts) {
  if (matched.has(c.id)) continue;
  const events = new Set(c.evidence.map((e) => eventOfArticle.get(e.article)));
  if (events.size !== 1) continue;
  const [ev] = events;
  if (!ev || !goldEvents.has(ev)) continue;
  unmatched.set(ev, [...(unmatched.get(ev) ?? []), `${c.kind}: ${c.explanation}`]);
}

// Chains.
const names = new Map(data.entities.map((e) => [e.id, e.name]));
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
const sameName = (a: string, b: string) => [...words(a)].some((w) => w.length > 2 && words(b).has(w));
const textOf = new Map(data.articles.map((a) => [a.id, a.text]));
/**
 * A quote of a chain's phrase: one over it, or one its frame abuts in the same sentence — the phrase is
 * the attribution after the quoted words, which end on a comma ("“I want to see the birth certificate,”
 * said Trump in an interview on NBC's “Today” show, according to TIME."), or before them, ending on a
 * comma or a colon ("Trump said:"); nothing between them but spaces, marks and that comma or colon. A
 * quote that ends its sentence ("… as “benign.”") is not abutted by the next sentence's attribution.
 */
const ofPhrase = (
  q: { article: string; start: number; end: number },
  s: { article: string; start: number; end: number },
) => {
  if (overlaps(q, s)) return true;
  if (q.article !== s.article) return false;
  const text = textOf.get(q.article) ?? '';
  if (q.end <= s.start) {
    const gap = text.slice(q.end, s.start);
    const joined = /,\s*["”’']?\s*$/.test(text.slice(q.start, q.end)) || /,/.test(gap);
    return joined && /^[\s,"“”'‘’]*$/.test(gap) && !/\n/.test(gap);
  }
  if (s.end <= q.start) {
    const gap = text.slice(s.end, q.start);
    const joined = /[,:]\s*$/.test(text.slice(s.start, s.end)) || /[,:]/.test(gap);
    return joined && /^[\s,:"“”'‘’]*$/.test(gap) && !/\n/.test(gap);
  }
  return false;
};
const chains = CHAINS.map((c) => {
  const span = spanOf(c.url, c.phrase);
  const quotes = span ? data.quotes.filter((q) => ofPhrase(q, span)) : [];
  const found = quotes.some((q) => {
    const via = [...(q.via ?? []).map((id) => names.get(id) ?? id), ...((q as { viaText?: string[] }).viaText ?? [])];
    return via.length > 0 && c.via.every((g) => via.some((v) => sameName(v, g)));
  });
  return { c, found, quoted: quotes.length > 0, unplaced: !span };
});

const share = (n: number, d: number) => `${n}/${d} = ${d ? (n / d).toFixed(3) : '–'}`;
const kinds = [...new Set(gold.map((d) => d.kind))];
console.log(
  `Disputes in BASIL (${gold.length} of ${EVENTS.length} events${half ? `, half "${half}"` : ''}, ${GOLD_FILE}):`,
);
console.log(`  found: ${share(outcomes.filter((o) => o.found).length, outcomes.length)}  (target ≥ 0.80)`);
console.log(`  found with the right kind: ${share(outcomes.filter((o) => o.kindRight).length, outcomes.length)}`);
for (const kind of kinds) {
  const of = outcomes.filter((o) => o.d.kind === kind);
  console.log(`    ${kind}: ${share(of.filter((o) => o.found).length, of.length)}`);
}
const worst = Math.max(0, ...[...unmatched.values()].map((l) => l.length));
console.log(
  `  reported, not in the gold: ${[...unmatched.values()].reduce((n, l) => n + l.length, 0)} over ${unmatched.size} events; at most ${worst} in one event (target ≤ 1)`,
);
console.log(`Chains of reporting (${chains.length}):`);
console.log(`  found: ${share(chains.filter((c) => c.found).length, chains.length)}  (target ≥ 0.85)`);
console.log(`  the quote found, its chain not: ${chains.filter((c) => c.quoted && !c.found).length}`);
const unplacedPhrases = outcomes.reduce((n, o) => n + o.unplaced, 0) + chains.filter((c) => c.unplaced).length;
if (unplacedPhrases) console.log(`  (${unplacedPhrases} gold phrases not in the cleaned texts)`);
if (values.misses) {
  for (const o of outcomes.filter((x) => !x.found)) console.log(`  missed ${o.d.kind}: ${o.d.about}`);
  for (const [ev, list] of unmatched)
    for (const l of list) console.log(`  unmatched (${ev.slice(0, 8)}): ${l.slice(0, 200)}`);
  for (const x of chains.filter((y) => !y.found)) {
    const span = spanOf(x.c.url, x.c.phrase);
    const got = span
      ? data.quotes
          .filter((q) => ofPhrase(q, span))
          .map((q) => {
            const via = [
              ...(q.via ?? []).map((id) => names.get(id) ?? id),
              ...((q as { viaText?: string[] }).viaText ?? []),
            ];
            return `${q.speakerText ?? '?'}${via.length ? ` via ${via.join(' → ')}` : ''}`;
          })
      : [];
    console.log(
      `  chain missed: "${x.c.phrase}" via ${x.c.via.join(' → ')}; found ${got.length ? got.join('; ') : '—'}`,
    );
  }
}
if (values.json)
  writeFileSync(
    values.json,
    `${JSON.stringify(
      {
        disputes: {
          total: outcomes.length,
          found: outcomes.filter((o) => o.found).length,
          kindRight: outcomes.filter((o) => o.kindRight).length,
        },
        unmatched: Object.fromEntries(unmatched),
        chains: { total: chains.length, found: chains.filter((c) => c.found).length },
      },
      null,
      2,
    )}\n`,
  );
