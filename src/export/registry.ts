/**
 * THE list of export formats, one file each. A new format is a new file with an `Exporter` and a line
 * here; every command that exports takes `--format` from this list.
 */
import { csv } from './csv.ts';
import { ftm } from './ftm.ts';
import { gexf } from './gexf.ts';
import { graphml } from './graphml.ts';
import { markdown } from './markdown.ts';
import type { Exporter } from './types.ts';
import { EXPORT_VERSION } from './json.ts';

const json: Exporter = {
  name: 'json',
  summary: `the JSON export (version ${EXPORT_VERSION}, docs/json-export.md): every article, entity, quote, date, claim, conflict, event`,
  extension: 'json',
  write: ({ document }) => [{ name: 'export.json', content: `${JSON.stringify(document, null, 2)}\n` }],
};

export const EXPORTERS: readonly Exporter[] = [json, csv, markdown, graphml, gexf, ftm];

/** The exporter of a format name, or undefined. */
export function exporterOf(name: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.name === name);
}

export type { ExportFile, ExportInput, Exporter } from './types.ts';
