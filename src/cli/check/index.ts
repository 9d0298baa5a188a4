import { corpusResults } from '../../app/corpus.ts';
import { exportClaims, renderMarkdown } from '../../corpus/claims/index.ts';
import { UsageError } from '../../errors.ts';
import { openExistingStore, parse, type Command } from '../shared.ts';

const FORMATS = ['md', 'json'];

export const checkCommand: Command = {
  name: 'check',
  summary: 'what the coverage establishes: contested, established and single-source claims, with evidence',
  help: `Usage: triangulate check [--event ID] [--format md|json] [--db FILE]

Cross-checks the claims of the stored articles — numbers with what they measure, who holds which
office, what was said — and reports them in three sections: Contested (sources disagree: each
conflict in one sentence, both sides' sentences quoted), Established (reported by two or more
independent sources) and Single-source. Copies count once: articles with identical texts are one
source, and so is one origin cited by several outlets.

Options:
  --event ID      only the articles of one event (events are not available yet: the whole corpus is checked)
  --format F      md (default) or json: {claims, conflicts}
  --db FILE       database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help      this help`,
  async run(argv, io) {
    const { values } = parse(argv, { event: { type: 'string' }, format: { type: 'string' }, db: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const format = values.format ?? 'md';
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (values.event !== undefined) io.err('note: events are not available yet; checking the whole corpus.');
    const store = openExistingStore(values.db);
    try {
      const result = corpusResults(store).claims;
      io.out(format === 'json' ? JSON.stringify(exportClaims(result), null, 2) : renderMarkdown(result).trimEnd());
      return 0;
    } finally {
      store.close();
    }
  },
};
