import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { corpusResults } from '../../app/corpus.ts';
import { findEvent, listEvents } from '../../corpus/events/read.ts';
import { buildExport } from '../../export/json.ts';
import { EXPORTERS, exporterOf } from '../../export/registry.ts';
import { UsageError } from '../../errors.ts';
import { writeFileAtomic } from '../files.ts';
import { openExistingStore, parse, type Command } from '../shared.ts';

const formats = EXPORTERS.map((e) => `  ${e.name.padEnd(8)} ${e.summary}`).join('\n');

export const exportCommand: Command = {
  name: 'export',
  help: `Usage: triangulate export [--format F] [--out PATH] [--table NAME] [--event ID] [--db FILE]

Writes what the store holds in one format: the articles, entities, quotes, dates, claims, conflicts
and events, derived from the JSON export (docs/json-export.md).

Formats:
${formats}

Options:
  --format F      one of the formats above (default: json)
  --out PATH      the file to write (a directory for csv); default: standard output
  --table NAME    csv only: print one table (articles, entities, quotes, claims, conflicts, evidence)
  --event ID      only the articles of one event (see "triangulate events")
  --db FILE       database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help      this help

Examples:
  triangulate export --format csv --out tables/
  triangulate export --format gexf --out story.gexf
  triangulate export --format ftm > story.ftm.json`,
  async run(argv, io) {
    const { values } = parse(argv, {
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      table: { type: 'string' },
      event: { type: 'string' },
      db: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const exporter = exporterOf(values.format ?? 'json');
    if (!exporter) throw new UsageError(`--format must be one of ${EXPORTERS.map((e) => e.name).join(', ')}`);
    if (values.table !== undefined && !exporter.multiple)
      throw new UsageError(`--table goes with a format of several tables (csv), not ${exporter.name}`);
    const toStdout = values.out === undefined || values.out === '-';
    if (exporter.multiple && toStdout && values.table === undefined)
      throw new UsageError(`${exporter.name} writes several files: give --out DIR, or --table NAME to print one`);
    if (exporter.multiple && !toStdout && existsSync(values.out!) && !statSync(values.out!).isDirectory())
      throw new UsageError(
        `--out ${values.out}: ${exporter.name} writes several files into a directory, and this is a file`,
      );

    const store = await openExistingStore(values.db, io);
    let files;
    try {
      // One read transaction: the articles and the corpus results of one moment, whatever a writer
      // commits meanwhile.
      const { articles, corpus } = store.snapshot(() => {
        const corpus = corpusResults(store);
        let articles = store.listArticles();
        if (values.event !== undefined) {
          const members = new Set(findEvent(listEvents(store.clusters()), values.event).articles);
          articles = articles.filter((a) => members.has(a.id));
        }
        return { articles, corpus };
      });
      files = exporter.write({ document: buildExport(articles, corpus), crossCheck: corpus.claims });
    } finally {
      store.close();
    }
    if (values.table !== undefined) {
      const file = files.find((f) => f.name === `${values.table}.${exporter.extension}`);
      if (!file)
        throw new UsageError(
          `no table ${values.table}: one of ${files.map((f) => f.name.replace(/\.[^.]+$/, '')).join(', ')}`,
        );
      files = [file];
    }
    if (toStdout) {
      for (const file of files) io.out(file.content.trimEnd());
      return 0;
    }
    if (exporter.multiple && values.table === undefined) {
      for (const file of files) writeFileAtomic(path.join(values.out!, file.name), file.content);
      io.err(`wrote ${files.map((f) => f.name).join(', ')} in ${values.out}`);
    } else {
      writeFileAtomic(values.out!, files[0]!.content);
      io.err(`wrote ${values.out}`);
    }
    return 0;
  },
};
