/**
 * bench/crosscheck: what is established, scored against the BASIL facts gold (test/gold/basil-facts.ts:
 * facts of real events that two or three of The New York Times, Fox News and HuffPost state, each named by
 * an exact phrase of every article that states it).
 *
 * A JSON export (version 1) is scored: given with `--export FILE`, or made here by `triangulate analyze` of
 * all 150 BASIL articles (50 events: the other events are the noise a real store holds) into a fresh
 * database. A gold fact is
 * - **corroborated** when one claim with status `corroborated` has evidence over the fact's phrase in at
 *   least two of the fact's articles (a span that overlaps the phrase);
 * - **found** when some claim, whatever its status, has evidence over the phrase in one of them.
 *
 * `--half tune` scores the facts of the first six events of the gold only (the half the matching was
 * tuned on), `--half held` those of the other six (reported once, at the end).
 *
 *   npx tsx bench/crosscheck/run.ts [--export FILE] [--json FILE] [--misses] [--half tune|held] [--keep FILE]
 */
import { writeFileSync } from 'node:fs';
import { basilExport, benchOptions } from './basil-export.ts';
import { allFacts, heldFacts, tuningFacts } from './gold.ts';

const values = benchOptions(
  'Usage: npx tsx bench/crosscheck/run.ts [--export FILE] [--json FILE] [--misses] [--half tune|held] [--keep FILE]',
);
const data = await basilExport({
  ...(values.export ? { export: values.export } : {}),
  ...(values.keep ? { keep: values.keep } : {}),
});
const byUrl = new Map(data.articles.map((a) => [a.source.url, a]));

interface Outcome {
  fact: ReturnType<typeof allFacts>[number];
  corroborated: boolean;
  found: boolean;
  /** Evidence phrases not found in the exported text (the article's cleaned text differs). */
  unplaced: number;
  best?: { statement: string; status: string; articles: number };
}

const half = values.half;
const FACTS = half === 'tune' ? tuningFacts() : half === 'held' ? heldFacts() : allFacts();

const outcomes: Outcome[] = FACTS.map((fact) => {
  const spans: { article: string; start: number; end: number }[] = [];
  let unplaced = 0;
  for (const e of fact.evidence) {
    const a = byUrl.get(e.url);
    const at = a ? a.text.indexOf(e.phrase) : -1;
    if (!a || at < 0) unplaced++;
    else spans.push({ article: a.id, start: at, end: at + e.phrase.length });
  }
  let corroborated = false;
  let found = false;
  let best: Outcome['best'];
  for (const c of data.claims) {
    const hit = new Set(
      spans
        .filter((s) => c.evidence.some((e) => e.article === s.article && e.start < s.end && s.start < e.end))
        .map((s) => s.article),
    );
    if (!hit.size) continue;
    found = true;
    if (!best || hit.size > best.articles) best = { statement: c.statement, status: c.status, articles: hit.size };
    if (c.status === 'corroborated' && hit.size >= 2) corroborated = true;
  }
  return { fact, corroborated, found, unplaced, ...(best ? { best } : {}) };
});

const share = (n: number, d: number) => `${n}/${d} = ${d ? (n / d).toFixed(3) : '–'}`;
const events = new Set(FACTS.map((f) => f.event)).size;
console.log(
  `Established facts in BASIL (${FACTS.length} facts of ${events} events${half ? `, half "${half}"` : ''}, test/gold/basil-facts*.ts):`,
);
console.log(
  `  corroborated: ${share(outcomes.filter((o) => o.corroborated).length, outcomes.length)}  (target ≥ 0.85)`,
);
console.log(`  found in some claim: ${share(outcomes.filter((o) => o.found).length, outcomes.length)}`);
const kinds = [...new Set(FACTS.map((f) => f.kind))];
for (const kind of kinds) {
  const of = outcomes.filter((o) => o.fact.kind === kind);
  console.log(`    ${kind}: corroborated ${share(of.filter((o) => o.corroborated).length, of.length)}`);
}
const unplaced = outcomes.reduce((n, o) => n + o.unplaced, 0);
if (unplaced) console.log(`  evidence phrases not found in the exported texts: ${unplaced}`);
const established = data.claims.filter((c) => c.status === 'corroborated').length;
console.log(`  claims in the export: ${data.claims.length}, of them corroborated: ${established}`);
const byKind = new Map<string, [number, number]>();
for (const c of data.claims) {
  const k = byKind.get(c.kind) ?? [0, 0];
  k[0]++;
  if (c.status === 'corroborated') k[1]++;
  byKind.set(c.kind, k);
}
console.log(`    ${[...byKind].map(([k, [n, est]]) => `${k}: ${n} (${est} corroborated)`).join(', ')}`);
if (values.misses)
  for (const o of outcomes.filter((x) => !x.corroborated))
    console.log(
      `- ${o.found ? 'not corroborated' : 'missed'}: ${o.fact.fact}${o.best ? ` — best claim (${o.best.status}, ${o.best.articles} of its articles): ${o.best.statement.slice(0, 100)}` : ''}`,
    );
if (values.json)
  writeFileSync(
    values.json,
    `${JSON.stringify(
      {
        facts: outcomes.length,
        corroborated: outcomes.filter((o) => o.corroborated).length,
        found: outcomes.filter((o) => o.found).length,
      },
      null,
      2,
    )}\n`,
  );
