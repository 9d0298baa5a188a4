import { corpusResults } from '../../app/corpus.ts';
import type { Article } from '../../article/types.ts';
import type { Entity } from '../../corpus/aliases/index.ts';
import type { QuoteResults } from '../../corpus/quotes/index.ts';
import { sourceLabel } from '../../corpus/sources.ts';
import { findEntity } from '../entities/index.ts';
import { openExistingStore, parse, type Command, type Io } from '../shared.ts';

/** One line for a quote: its words, who said them, where. */
function line(q: QuoteResults['quotes'][number], outlet: (article: string) => string): string {
  // On one line: a quote that runs over paragraphs would break the list's indentation.
  const flat = oneLine(q.text);
  const words = flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
  const cue = q.cue ? `, ${q.cue}` : '';
  return `    ${words}  [${q.kind}${cue}; ${outlet(q.article)}${q.speakerText ? `; "${q.speakerText}"` : ''}]`;
}

/** Words on one line: every run of white space (line breaks too) one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Prints quotes grouped by speaker, then the variants. */
function print(io: Io, results: QuoteResults, entities: readonly Entity[], articles: readonly Article[]): void {
  const name = (id: string | null) => (id ? (entities.find((e) => e.id === id)?.name ?? id) : '(speaker unknown)');
  const outlet = (id: string) => {
    const a = articles.find((x) => x.id === id);
    // Named as the report names it: its outlet, else its site or title — never its file.
    return a?.meta.outlet ?? (a && sourceLabel(a.source.url, a.meta.title)) ?? id;
  };
  const bySpeaker = new Map<string | null, QuoteResults['quotes']>();
  for (const q of results.quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  const order = [...bySpeaker.entries()].sort(
    (a, b) => Number(a[0] === null) - Number(b[0] === null) || b[1].length - a[1].length,
  );
  for (const [speaker, list] of order) {
    io.out(`${name(speaker)}  [${list.length} quote${list.length === 1 ? '' : 's'}]${speaker ? `  ${speaker}` : ''}`);
    for (const q of list) io.out(line(q, outlet));
  }
  if (!results.quoteVariants.length) return;
  io.out('\nVariants (one statement, worded differently):');
  for (const v of results.quoteVariants) {
    io.out(`  ${name(v.speaker)} (similarity ${v.similarity}):`);
    v.statements.forEach((s, i) => {
      const st = results.statements.find((x) => x.id === s)!;
      io.out(`    ${String.fromCharCode(65 + i)}: ${oneLine(v.wordings[i]!)}  [${st.articles.map(outlet).join(', ')}]`);
    });
  }
}

export const quotesCommand: Command = {
  name: 'quotes',
  help: `Usage: triangulate quotes [--speaker NAME] [--json] [--db FILE]

Lists the quotes of the stored articles by speaker: direct quotes, partial (mixed) quotes and
reported speech, each with its cue verb and the outlet that printed it. The same words in several
articles are one statement; a statement worded differently in two outlets is shown as a variant.

Options:
  --speaker NAME  only this speaker's quotes (an entity id, name or alias)
  --json          print JSON: {quotes, statements, quoteVariants}
  --db FILE       database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help      this help`,
  async run(argv, io) {
    const { values } = parse(argv, { speaker: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const store = await openExistingStore(values.db, io);
    try {
      // The corpus results and the articles of one moment, whatever a writer commits meanwhile.
      const { corpus, articles } = store.snapshot(() => ({
        corpus: corpusResults(store),
        articles: store.listArticles(),
      }));
      const { entities } = corpus;
      let results = corpus.quotes;
      if (values.speaker) {
        const who = findEntity(entities, values.speaker).id;
        const statements = results.statements.filter((s) => s.speaker === who);
        results = {
          quotes: results.quotes.filter((q) => q.speaker === who),
          statements,
          quoteVariants: results.quoteVariants.filter((v) => v.speaker === who),
        };
      }
      if (values.json) io.out(JSON.stringify(results, null, 2));
      else if (!results.quotes.length) io.out('No quotes.');
      else print(io, results, entities, articles);
      return 0;
    } finally {
      store.close();
    }
  },
};
