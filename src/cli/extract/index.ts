import type { Article } from '../../article/types.ts';
import { runPipeline } from '../../pipeline/runner.ts';
import { articleStages } from '../../pipeline/stages.ts';
import { readFile, READ_DEFAULTS } from '../../read/index.ts';
import { UsageError } from '../../errors.ts';
import { maxBytes, parse, type Command } from '../shared.ts';

/** The extraction of one page, as `extract --json` prints it. */
export function extraction(article: Article) {
  return {
    title: article.meta.title ?? null,
    outlet: article.meta.outlet ?? null,
    published: article.meta.published ?? null,
    language: article.meta.language ?? 'und',
    text: article.text,
    removed: (article.annotations.removed ?? []).map(({ text, reason, ruleId, line }) => ({
      text,
      reason,
      ruleId,
      line,
    })),
  };
}

export const extract: Command = {
  name: 'extract',
  help: `Usage: triangulate extract FILE [--json] [--max-size MB]

Cleans one page (text or HTML, or each record of a JSON Lines file) and prints its title, outlet,
date, language and text; with --json, {title, outlet, published, language, text, removed}, where
"removed" lists every line left out with the reason. Nothing is stored.

Options:
  --json           print JSON
  --max-size MB    refuse a page larger than this (default: 16)
  -h, --help       this help`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, 'max-size': { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('extract takes exactly one file');
    const read = { ...READ_DEFAULTS, maxBytes: maxBytes(values['max-size'], READ_DEFAULTS.maxBytes) };
    const stages = articleStages().filter((s) => s.name === 'clean' || s.name === 'language');
    const results: ReturnType<typeof extraction>[] = [];
    let failed = 0;
    for await (const result of readFile(positionals[0]!, read)) {
      if ('error' in result) {
        failed++;
        io.err(`error: ${result.error.path}: ${result.error.reason}`);
        continue;
      }
      results.push(extraction(runPipeline(result.input, stages)));
    }
    if (values.json) io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
    else {
      for (const r of results) {
        io.out(
          `title:     ${r.title ?? '-'}\noutlet:    ${r.outlet ?? '-'}\npublished: ${r.published ?? '-'}\nlanguage:  ${r.language}\nremoved:   ${r.removed.length} lines\n`,
        );
        io.out(r.text);
        io.out('');
      }
    }
    return failed ? 1 : 0;
  },
};
