// Triangulate as a library: analyse the example corpus into a database in memory, then print what
// the coverage establishes and what it disputes, each with its evidence, and write two exports.
//
//   npm run build && node examples/library.mjs [OUT_DIR]
//
// (In another project: npm install triangulate, then the same import.)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, exportAs, openStore } from 'triangulate';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];

const store = openStore(':memory:');
try {
  const { document, report } = await analyze([path.join(here, 'corpus')], {
    db: store,
    onProblem: (problem, severity) => console.error(`${severity}: ${problem.path}: ${problem.reason}`),
  });
  console.log(
    `${report.articles.length} articles from ${new Set(document.articles.map((a) => a.outlet)).size} outlets`,
  );

  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const outletOf = (id) => articles.get(id).outlet ?? 'unknown outlet';
  // The sentence that holds a piece of evidence, quoted from its article.
  const sentence = (e) => {
    const { text, sentences } = articles.get(e.article);
    const s = sentences.find((s) => s.start <= e.start && e.end <= s.end) ?? e;
    return `${outletOf(e.article)}: “${text.slice(s.start, s.end)}”`;
  };

  console.log(`\nDisputed (${document.conflicts.length}):`);
  for (const conflict of document.conflicts) {
    console.log(`- ${conflict.explanation}`);
    // One sentence for each side.
    const sides = new Map();
    for (const e of conflict.evidence) if (!sides.has(e.value)) sides.set(e.value, e);
    for (const [value, e] of sides) console.log(`    ${value} — ${sentence(e)}`);
  }

  const established = document.claims.filter((c) => c.established);
  console.log(`\nEstablished (${established.length}), the first three:`);
  for (const claim of established.slice(0, 3)) {
    console.log(`- ${claim.statement} (${new Set(claim.evidence.map((e) => outletOf(e.article))).size} outlets)`);
  }

  const speakers = new Map(document.entities.map((e) => [e.id, e.name]));
  const quoted = document.quotes.filter((q) => q.speaker && q.kind === 'direct');
  console.log(
    `\nDirect quotes with a known speaker: ${quoted.length}, e.g. ${speakers.get(quoted[0].speaker)}: ${quoted[0].text}`,
  );

  if (out) {
    mkdirSync(out, { recursive: true });
    for (const format of ['gexf', 'ftm']) {
      for (const file of exportAs(store, format)) writeFileSync(path.join(out, file.name), file.content);
    }
    console.log(`\nwrote story.gexf and story.ftm.json in ${out}`);
  }
} finally {
  store.close();
}
