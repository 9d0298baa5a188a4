import { corpusClaimReport, corpusClaims } from '../../app/claims.ts';
import { exportClaims } from '../../corpus/claims/export.ts';
import { renderMarkdown, REPORT_ALL } from '../../corpus/claims/report.ts';
import type { CrossCheckResult } from '../../corpus/claims/types.ts';
import { findEvent, listEvents } from '../../corpus/events/read.ts';
import { UsageError } from '../../errors.ts';
import { openExistingStore, parse, type Command } from '../shared.ts';

const FORMATS = ['md', 'json'];

export const checkCommand: Command = {
  name: 'check',
  help: `Usage: triangulate check [--event ID] [--format md|json] [--json] [--all] [--db FILE]

Cross-checks the claims of the stored articles — facts that several articles state in their own
words, numbers with what they measure, who holds which office, what was said — and reports them in
three sections: Contested (sources disagree: each conflict in one sentence, both sides' sentences
quoted), Established (facts, numbers and statements reported by two or more independent sources, the
500 most salient) and Single-source (the 100 most salient); --all lists every one. Then a line per
outlet: what it carries, what it leaves out of the events it covers, where it says otherwise. Copies
count once: articles with identical texts are one source, and so is one origin cited by several
outlets.

Options:
  --event ID      only the evidence in the articles of one event (see "triangulate events"); a
                  conflict is shown when two of its sides are there; statuses are the corpus's
  --format F      md (default) or json: {claims, conflicts}
  --json          the same as --format json
  --all           list every established and single-source claim, not only the most salient
  --db FILE       database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help      this help`,
  async run(argv, io) {
    const { values } = parse(argv, {
      event: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      all: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const format = values.json ? 'json' : (values.format ?? 'md');
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const store = await openExistingStore(values.db, io);
    try {
      // One read transaction: the report is of one moment, whatever a writer commits meanwhile (and its
      // thousands of reads do not each take and let go of the database's lock).
      const text = store.snapshot(() => {
        let result: CrossCheckResult;
        if (values.event !== undefined)
          result = within(corpusClaims(store), new Set(findEvent(listEvents(store.clusters()), values.event).articles));
        // The whole Markdown report quotes a few sentences of each claim: it reads no more than those.
        else result = format === 'json' ? corpusClaims(store) : corpusClaimReport(store);
        if (format === 'json') return JSON.stringify(exportClaims(result), null, 2);
        // Each article's event: the per-outlet view says what an outlet leaves out of the events it covers.
        const events = store.clusters().eventOfArticles();
        return renderMarkdown(result, values.all ? REPORT_ALL : {}, {
          eventOf: (a) => events.get(a),
        }).trimEnd();
      });
      io.out(text);
      return 0;
    } finally {
      store.close();
    }
  },
};

/** The claims and conflicts with evidence in the given articles (a conflict needs two sides there). */
function within(result: CrossCheckResult, articles: ReadonlySet<string>): CrossCheckResult {
  return {
    claims: result.claims
      .map((c) => ({ ...c, evidence: c.evidence.filter((e) => articles.has(e.article)) }))
      .filter((c) => c.evidence.length),
    conflicts: result.conflicts
      .map((c) => ({ ...c, evidence: c.evidence.filter((e) => articles.has(e.article)) }))
      .filter((c) => new Set(c.evidence.map((e) => e.value)).size >= 2),
  };
}
