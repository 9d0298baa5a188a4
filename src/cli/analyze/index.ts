import type { ArticleDigest } from '../../app/ingest.ts';
import { corpusResults, type CorpusResults } from '../../app/corpus.ts';
import { buildExport } from '../../export/json.ts';
import { closeIngest, INGEST_HELP, INGEST_OPTIONS, INPUTS_HELP, ingestLine, runIngest } from '../add/index.ts';
import { checkWritable, writeFileAtomic } from '../files.ts';
import { parse, type Command } from '../shared.ts';

/** "a (3), b (2), … and 12 more" — the most common values first, at most `max` of them. */
function tally(values: (string | undefined)[], unknown: string, max = 10): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v ?? unknown, (counts.get(v ?? unknown) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} (${n})`)
    .reduce(
      (text, item, i, all) =>
        i < max ? `${text}${i ? ', ' : ''}${item}` : i === max ? `${text}, … and ${all.length - max} more` : text,
      '',
    );
}

/** "1 copy", "2 copies". */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary printed after an analysis. */
export function summarise(articles: readonly ArticleDigest[], corpus?: CorpusResults): string[] {
  const removed = articles.reduce((n, a) => n + a.removed, 0);
  const sentences = articles.reduce((n, a) => n + a.sentences, 0);
  const problems = articles.flatMap((a) => a.problems.map((m) => ({ a, m })));
  const dated = articles.filter((a) => a.published).length;
  const lines = [
    `  outlets:    ${tally(
      articles.map((a) => a.outlet),
      'no outlet named',
    )}`,
    `  languages:  ${tally(
      articles.map((a) => a.language),
      'unknown',
    )}`,
    `  dated:      ${dated} of ${articles.length}${
      dated < articles.length
        ? ` — the undated are not placed in time (events, timeline, changes of position): give "published" in a FILE.meta.json beside each`
        : ''
    }`,
    `  sentences:  ${sentences}; chrome lines removed: ${removed}`,
  ];
  if (corpus) {
    const ids = new Set(articles.map((a) => a.id));
    const here = corpus.entities.filter((e) => e.mentions.some((m) => ids.has(m.article)));
    const count = (type: string) => here.filter((e) => e.type === type).length;
    const merged = here.filter((e) => e.aliases.length > 1).length;
    const top = here
      .filter((e) => e.type === 'person')
      .slice(0, 5)
      .map((e) => `${e.name} (${e.mentions.length})`)
      .join(', ');
    lines.push(
      `  entities:   ${counted(count('person'), 'person', 'people')}, ${counted(count('organisation'), 'organisation', 'organisations')}, ${counted(count('place'), 'place', 'places')}; ${merged} with name variants merged`,
    );
    if (top) lines.push(`  most named: ${top}`);
    const quotes = corpus.quotes.quotes.filter((q) => ids.has(q.article));
    const kinds = (kind: string) => quotes.filter((q) => q.kind === kind).length;
    const variants = corpus.quotes.quoteVariants.filter((v) =>
      v.quotes.some((id) => quotes.some((q) => q.id === id)),
    ).length;
    const sum = (field: 'dates' | 'placed' | 'relative') => articles.reduce((n, a) => n + a[field], 0);
    lines.push(
      `  dates:      ${counted(sum('dates'), 'expression', 'expressions')}, ${sum('placed')} placed on the calendar (${sum('relative')} of them relative, resolved against the articles' dates)`,
    );
    lines.push(
      `  quotes:     ${quotes.length} (${kinds('direct')} direct, ${kinds('mixed')} mixed, ${kinds('indirect')} indirect), ${quotes.filter((q) => q.speaker).length} with a known speaker; ${variants} worded differently across outlets`,
    );
    const claims = corpus.claims.claims.filter((c) => c.evidence.some((e) => ids.has(e.article)));
    const status = (s: string) => claims.filter((c) => c.status === s).length;
    const conflicts = corpus.claims.conflicts.filter((c) => c.evidence.some((e) => ids.has(e.article)));
    const events = corpus.events.filter((e) => e.articles.some((id) => ids.has(id)));
    const pairs = corpus.copies.filter((p) => ids.has(p.articles[0]) || ids.has(p.articles[1]));
    const kind = (k: string) => pairs.filter((p) => p.kind === k).length;
    lines.push(
      `  events:     ${events.length} in ${counted(new Set(events.map((e) => e.storyline)).size, 'storyline', 'storylines')}; ${counted(kind('copy'), 'copy', 'copies')} and ${counted(kind('rewrite'), 'rewrite', 'rewrites')} found — see "triangulate events"`,
    );
    lines.push(
      `  claims:     ${claims.length} (${status('corroborated')} corroborated, ${status('single-source')} single-source, ${status('contested')} contested), ${claims.filter((c) => c.established).length} established; ${conflicts.length} conflicts — see "triangulate check"`,
    );
  } else if (articles.length > SUMMARY_ARTICLES)
    lines.push(
      `  corpus:     brought up to date; for ${articles.length} articles see "triangulate entities", "quotes", "events" and "check"`,
    );
  for (const { a, m } of problems.slice(0, 10))
    lines.push(`  ${m.severity}: ${a.path ?? a.id}: [${m.source}] ${m.reason}`);
  return lines;
}

/** Up to this many articles read, the summary counts their entities, quotes, claims and events. */
export const SUMMARY_ARTICLES = 5000;

export const analyze: Command = {
  name: 'analyze',
  help: `Usage: triangulate analyze INPUT... [--json FILE] [options]

Adds the inputs (as "add" does), runs every stage, prints a summary and, with --json, writes the
JSON export (version 1, see docs/json-export.md) of the articles read. Other formats of what the
store holds: "triangulate export".

${INPUTS_HELP}

Options:
  --json FILE      write the JSON export there ("-" for standard output)
${INGEST_HELP}

Exit code: 0 when every input was read, 1 when some could not be, 2 on a usage error.`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { ...INGEST_OPTIONS, json: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    // Told before the work, not after it.
    if (values.json !== undefined && values.json !== '-') checkWritable(values.json);
    const { report, store, created } = await runIngest(positionals, values, io, {
      keepArticles: values.json !== undefined,
    });
    // The corpus figures of the summary read every result the articles take part in: past
    // SUMMARY_ARTICLES (and without --json) they are left to the reading commands.
    const corpus =
      values.json !== undefined || report.articles.length <= SUMMARY_ARTICLES
        ? corpusResults(
            store,
            report.articles.map((a) => a.id),
          )
        : undefined;
    const exported = values.json !== undefined ? buildExport(report.full ?? [], corpus) : undefined;
    const say = values.json === '-' ? io.err : io.out;
    say(`Analysed ${ingestLine(report)}.`);
    // Nothing read: no summary of nothing.
    if (report.articles.length) for (const line of summarise(report.articles, corpus)) say(line);
    if (values.json === '-') io.out(JSON.stringify(exported, null, 2));
    else if (values.json && exported) {
      writeFileAtomic(values.json, `${JSON.stringify(exported, null, 2)}\n`);
      say(
        `  export:     ${values.json} (version ${exported.version}, ${counted(exported.articles.length, 'article', 'articles')})`,
      );
    }
    say(`  database:   ${closeIngest(store, created).line}`);
    return report.failed.length ? 1 : 0;
  },
};
