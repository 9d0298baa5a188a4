import { namesNear, querySpellings } from '../../app/corpus.ts';
import { UsageError } from '../../errors.ts';
import { searchQueryProblem } from '../../store/index.ts';
import { openExistingStore, parse, type Command } from '../shared.ts';

export const search: Command = {
  name: 'search',
  help: `Usage: triangulate search QUERY... [--db FILE] [--limit N] [--json]

Finds stored articles containing every word of the query (case and accents ignored; "word*" matches
a prefix), best matches first, with the matching passage. A query that is a name also finds the
other spellings merged with it ("Witkoff" finds "Whitcoff").

Options:
  --db FILE     database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --limit N     at most N results (default: 20)
  --json        print JSON
  -h, --help    this help`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('search needs a query');
    const problem = searchQueryProblem(query);
    if (problem) throw new UsageError(problem);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0)
      throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
    const store = await openExistingStore(values.db, io);
    const hits = store.search(query, limit, { spellings: querySpellings(store, query) });
    // Nothing found: the names of the corpus spelled close to it, which a misspelling may have meant.
    const near = hits.length || values.json ? [] : namesNear(store, query);
    store.close();
    if (values.json) io.out(JSON.stringify(hits, null, 2));
    else if (hits.length === 0)
      io.out(`No article matches "${query}".${near.length ? ` Names spelled close to it: ${near.join(', ')}.` : ''}`);
    else {
      for (const hit of hits) {
        io.out(
          `${hit.id}  ${hit.title ?? '(untitled)'}${hit.outlet ? ` — ${hit.outlet}` : ''}${hit.published ? ` (${hit.published})` : ''}`,
        );
        io.out(`    ${hit.snippet.replace(/\s+/g, ' ')}`);
      }
    }
    return 0;
  },
};
