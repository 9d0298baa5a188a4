/**
 * Reported speech on real cross-outlet coverage: the articles of ../shared/bench/basil that the gold
 * of test/gold/basil-speech.ts covers go through every per-article stage, and each gold item (an exact
 * phrase of the reported words, its speaker, its chain of reporting) is looked up among the quotes found.
 *
 * - found: a quote covers at least half of the phrase;
 * - speaker right: the quote's speaker (its entity's name, else the words that name it) shares the
 *   gold speaker's head word (a surname, or the head noun of a description: "official", "Kremlin",
 *   "source" in "a source with knowledge of the exchange");
 * - chain right (items with `via`): every intermediary is in the quote's chain, in order — found by one
 *   of its own words ("NBC" for "NBC's Today show", "KTRS" for "KTRS radio"; words that only say what
 *   kind of medium it is — radio, show, reporter — do not count, unless the gold names it by nothing else:
 *   "a local radio station").
 *
 *   npx tsx bench/quotes/basil.ts [--json FILE] [--misses]
 *
 * With --misses, each wrong or missed item is listed; "(speaker)" marks those whose speaker has no item
 * right in that article (they count against the speakers figure).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import type { Quote, QuoteSource } from '../../src/stages/quotes/index.ts';
import type { ArticleEntities } from '../../src/stages/entities/types.ts';
import { BASIL_SPEECH, type BasilSpeech } from '../../test/gold/basil-speech.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npx tsx bench/quotes/basil.ts [--json FILE] [--misses]';
const { values } = withUsage(USAGE, () =>
  parseArgs({ options: { json: { type: 'string' }, misses: { type: 'boolean' } } }),
);
const file = path.resolve(root, '../shared/bench/basil/articles.jsonl');
if (!existsSync(file)) {
  console.error(`no BASIL articles at ${file}`);
  process.exit(2);
}

interface BasilArticle {
  url: string;
  title: string;
  published: string;
  outlet: string;
  text: string;
}
const articles = new Map(
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as BasilArticle)
    .map((a) => [a.url, a]),
);

/** Words that say nothing of who is meant. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'their', 's', 'jr', 'sr', 'by']);
const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu)
    ?.filter((w) => !FILLER.has(w)) ?? [];
/** Words that say what kind of medium or go-between something is, not which one. */
const GENERIC = new Set(
  `radio show station television tv network programme program magazine newspaper paper site website outlet
  writer reporter columnist correspondent local another other news organizations organisations and in on`.split(/\s+/),
);
/** The words that tell which medium or go-between is meant. */
const own = (text: string) => words(text).filter((w) => !GENERIC.has(w));
/** Words after which a description goes on past its head noun ("a source with knowledge of …"). */
const POSTMODIFIERS = new Set([
  'with',
  'who',
  'close',
  'familiar',
  'in',
  'at',
  'from',
  'for',
  'to',
  'on',
  'that',
  'which',
]);
/** Quantifiers before "of" ("two of the officials"): the head comes after them. */
const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'some', 'many', 'several', 'all', 'most', 'each', 'none']);
/**
 * The head word of a name or description: the last word before what modifies it ("Steele", "official",
 * "source" in "a source with knowledge of the exchange", "officials" in "two of the officials").
 */
function head(text: string): string {
  let w = words(text);
  const of = w.indexOf('of');
  if (of > 0 && w.slice(0, of).every((x) => QUANTIFIERS.has(x))) w = w.slice(of + 1);
  const cut = w.findIndex((x, i) => i > 0 && (POSTMODIFIERS.has(x) || x === 'of'));
  return (cut > 0 ? w.slice(0, cut) : w).at(-1) ?? '';
}

function nameOf(s: QuoteSource | undefined, entities: ArticleEntities | undefined): string {
  if (!s) return '';
  const cluster = s.cluster !== undefined ? entities?.clusters[s.cluster]?.name : undefined;
  return [cluster, s.refersTo?.text, s.text].filter(Boolean).join(' ');
}

interface Outcome {
  item: BasilSpeech;
  found: boolean;
  speakerRight: boolean;
  chainRight?: boolean;
  predicted?: { speaker: string; via: string[]; kind: string; rule?: string };
}

const stages = articleStages();
const outcomes: Outcome[] = [];
const byUrl = new Map<string, BasilSpeech[]>();
for (const item of BASIL_SPEECH) byUrl.set(item.url, [...(byUrl.get(item.url) ?? []), item]);
const t0 = performance.now();
for (const [url, items] of byUrl) {
  const a = articles.get(url);
  if (!a) throw new Error(`the gold names an article not in ${file}: ${url}`);
  const article = runPipeline(
    {
      path: `basil/${a.url}`,
      format: 'text',
      bytes: Buffer.from(a.text),
      encoding: 'utf-8',
      content: a.text,
      meta: { url: a.url, title: a.title, outlet: a.outlet, published: a.published },
    },
    stages,
  );
  const quotes: readonly Quote[] = article.annotations.quotes ?? [];
  const entities = article.annotations.entities;
  for (const item of items) {
    const start = article.text.indexOf(item.phrase);
    const end = start + item.phrase.length;
    const overlap = (q: Quote) => Math.max(0, Math.min(end, q.end) - Math.max(start, q.start));
    const best =
      start < 0
        ? undefined
        : quotes
            .filter((q) => overlap(q) * 2 >= item.phrase.length)
            .sort((x, y) => overlap(y) - overlap(x) || x.end - x.start - (y.end - y.start))[0];
    if (!best) {
      outcomes.push({ item, found: false, speakerRight: false, ...(item.via ? { chainRight: false } : {}) });
      continue;
    }
    const speaker = nameOf(best.speaker, entities);
    const via = (best.via ?? []).map((v) => nameOf(v, entities));
    const speakerRight = words(speaker).includes(head(item.speaker));
    let chainRight: boolean | undefined;
    if (item.via) {
      let at = 0;
      chainRight = item.via.every((v) => {
        // A go-between the gold names only by its kind ("a local radio station") is found by those words.
        const mine = own(v).length ? own(v) : words(v);
        const i = via.findIndex((p, k) => k >= at && words(p).some((w) => mine.includes(w)));
        if (i < 0) return false;
        at = i + 1;
        return true;
      });
    }
    outcomes.push({
      item,
      found: true,
      speakerRight,
      ...(chainRight !== undefined ? { chainRight } : {}),
      predicted: { speaker, via, kind: best.kind, ...(best.rule ? { rule: best.rule } : {}) },
    });
  }
}
const ms = performance.now() - t0;

const share = (n: number, d: number) => `${n}/${d} = ${d ? (n / d).toFixed(3) : '–'}`;
const rows: Record<string, Record<string, string>> = {};
for (const kind of ['direct', 'indirect', 'mixed', 'all'] as const) {
  const of = outcomes.filter((o) => kind === 'all' || o.item.kind === kind);
  rows[kind] = {
    items: String(of.length),
    found: share(of.filter((o) => o.found).length, of.length),
    'speaker right': share(of.filter((o) => o.speakerRight).length, of.length),
    'speaker right when found': share(of.filter((o) => o.speakerRight).length, of.filter((o) => o.found).length),
  };
}
const chains = outcomes.filter((o) => o.item.via);
const pairs = new Set(outcomes.map((o) => `${o.item.url}|${o.item.speaker}`));
const pairsRight = new Set(outcomes.filter((o) => o.speakerRight).map((o) => `${o.item.url}|${o.item.speaker}`));
console.log(
  `Reported speech in BASIL (${byUrl.size} articles, ${outcomes.length} gold items, test/gold/basil-speech.ts):`,
);
console.table(rows);
console.log(`speakers (article × speaker) with at least one item right: ${share(pairsRight.size, pairs.size)}`);
console.log(`chains of reporting right: ${share(chains.filter((o) => o.chainRight).length, chains.length)}`);
const direct = outcomes.filter((o) => !o.item.via && o.found);
console.log(
  `a chain found where the gold has none (the article's own outlet is no go-between there): ${share(direct.filter((o) => o.predicted?.via.length).length, direct.length)}`,
);
console.log(`${(ms / 1000).toFixed(1)} s for every per-article stage`);
if (values.misses)
  for (const o of outcomes.filter(
    (x) => !x.speakerRight || x.chainRight === false || (!x.item.via && x.predicted?.via.length),
  ))
    console.log(
      `- ${o.found ? 'wrong' : 'missed'}${pairsRight.has(`${o.item.url}|${o.item.speaker}`) ? '' : ' (speaker)'} [${o.item.kind}] "${o.item.phrase}" — gold ${o.item.speaker}${o.item.via ? ` via ${o.item.via.join(' → ')}` : ''}; found ${o.predicted ? `${o.predicted.rule ? `[${o.predicted.rule}] ` : ''}${o.predicted.speaker || '(none)'}${o.predicted.via.length ? ` via ${o.predicted.via.join(' → ')}` : ''}` : '—'}`,
    );
if (values.json)
  writeFileSync(
    values.json,
    `${JSON.stringify({ rows, chains: { right: chains.filter((o) => o.chainRight).length, total: chains.length } }, null, 2)}\n`,
  );
