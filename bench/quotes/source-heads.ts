/**
 * The head words of the sources PolNeAR's annotators marked: the last word in lower case before a
 * preposition, a relative or a comma ("officials familiar with the talks" → officials), counted. The people
 * and groups among them make `PEOPLE_HEADS` (src/locales/en/cues.ts): the agent of a participle after such a
 * head is not who speaks ("Analysts polled by Reuters").
 *
 *   npx tsx bench/quotes/source-heads.ts [--data DIR] [--min N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withUsage } from '../lib/args.ts';
import { parseAnn } from './metric.ts';

const USAGE = 'Usage: npx tsx bench/quotes/source-heads.ts [--data DIR] [--min N]';
const { values } = withUsage(USAGE, () =>
  parseArgs({ options: { data: { type: 'string' }, min: { type: 'string' } } }),
);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = values.data ?? path.resolve(root, '../shared/bench/quotes/train');
if (!existsSync(path.join(dir, 'attributions'))) {
  console.error(`no PolNeAR data at ${dir} (give --data DIR)`);
  process.exit(2);
}
const min = Number(values.min ?? 3);
const counts = new Map<string, number>();
for (const file of readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann'))) {
  const textFile = path.join(dir, 'text', `${file.replace(/_[^_]+\.ann$/, '')}.txt`);
  if (!existsSync(textFile)) continue;
  const text = readFileSync(textFile, 'utf8');
  for (const gold of parseAnn(readFileSync(path.join(dir, 'attributions', file), 'utf8'), text)) {
    if (!gold.sourceText) continue;
    const head = gold.sourceText.split(/\s+(?:of|for|from|who|which|that|with|at|in|on|close|familiar)\b|,/)[0]!;
    const last = head
      .trim()
      .split(/\s+/)
      .at(-1)!
      .replace(/[^\p{L}-]/gu, '');
    if (/^\p{Ll}+$/u.test(last)) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
}
const ranked = [...counts].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(`${ranked.length} head words found ${min} times or more in ${path.basename(dir)}:`);
console.log(ranked.map(([w, n]) => `${w} ${n}`).join(', '));
