/**
 * The provenance stage (src/stages/provenance): relays of a wire, copies of another outlet, analysis —
 * golden cases, negative cases, the seed corpus, and the effect on the cross-check (a relay counts for
 * its wire).
 */
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../src/corpus/claims/index.ts';
import { claimArticles } from '../src/corpus/claims/inputs.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { findProvenance } from '../src/stages/provenance/index.ts';
import { analyseFile, textInput } from './helpers/run.ts';
import { EXAMPLE_CONFLICT_KINDS, EXAMPLES, sharedPath } from './helpers/shared.ts';
import { readdirSync } from 'node:fs';
import path from 'node:path';

function provenanceOf(text: string, outlet?: string) {
  const article = runPipeline(textInput(text, outlet ? { outlet } : {}), articleStages());
  const p = article.annotations.provenance!;
  return { kind: p.kind, of: p.of, rules: p.signals.map((s) => s.ruleId) };
}

describe('where an article comes from', () => {
  it.each([
    [
      'a wire dateline',
      'KYIV, Ukraine (AP) — Officials said on Monday that the bridge would reopen within a week.',
      'Daily Courier',
      { kind: 'relay', of: 'Associated Press', rules: ['provenance/dateline'] },
    ],
    [
      'a source who told the wire',
      'A commander known as "Buda" told the Associated Press that the enemy was not interested in talks.',
      'Kyiv Daily',
      { kind: 'relay', of: 'Associated Press', rules: ['provenance/told-wire'] },
    ],
    [
      'a wire credited at the foot',
      'The council met on Monday and voted to close the bridge.\n\nReuters contributed to this report.',
      'Valley Times',
      { kind: 'relay', of: 'Reuters', rules: ['provenance/wire-credit'] },
    ],
    [
      'a scraper line naming the original',
      'The council met on Monday and voted to close the bridge.\n\nThe post Council closes bridge appeared first on Valley Times.',
      'Aggregator Daily',
      { kind: 'copy', of: 'Valley Times', rules: ['provenance/copy-line'] },
    ],
    [
      'a summing-up of others’ reports',
      'Summarizing all reports, several points emerge: the talks failed. But what does that mean for Kyiv? And who will pay for it?',
      'Opinion Weekly',
      { kind: 'analysis', of: undefined, rules: ['provenance/analysis-opener', 'provenance/rhetorical-questions'] },
    ],
  ])('%s', (_what, text, outlet, expected) => {
    expect(provenanceOf(text, outlet)).toEqual(expected);
  });

  it.each([
    ['the wire’s own story', 'WASHINGTON (AP) — The Senate passed the bill on Monday.', 'Associated Press'],
    [
      'its own reporters credited',
      'The vote was close.\n\nFox News’ Matt Richardson contributed to this report.',
      'Fox News',
    ],
    [
      'a wire cited for one fact',
      'The bridge closed on Monday, Reuters reported, and the council met on Tuesday.',
      'Valley Times',
    ],
    [
      'words told to the wire, inside a quote',
      'He said: "I told the Associated Press everything I knew." The council met.',
      'Valley Times',
    ],
    ['a question in a quote', 'The mayor asked: "Who will pay for this?" The council did not answer.', 'Valley Times'],
    [
      'a copy line naming the outlet itself',
      'The council met.\n\nThe post Council meets appeared first on Valley Times.',
      'Valley Times',
    ],
  ])('%s is its own reporting', (_what, text, outlet) => {
    expect(provenanceOf(text, outlet).kind).toBe('reporting');
  });

  it('reads the chrome the clean stage removed ("Source link")', () => {
    const p = findProvenance('The council met on Monday.', {
      removed: [{ text: 'Source link', reason: 'source link', ruleId: 'clean/source-link' }],
    });
    expect(p).toMatchObject({
      kind: 'copy',
      signals: [{ text: 'Source link', reason: expect.stringMatching(/removed chrome/) }],
    });
  });

  it('the example corpus: the copy of the Herald names it, the Post relays the wire, all else is reporting', async () => {
    const kinds = new Map<string, string>();
    for (const file of readdirSync(EXAMPLES).filter((f) => !f.endsWith('.md') && !f.endsWith('.meta.json')))
      for (const a of await analyseFile(path.join(EXAMPLES, file)))
        kinds.set(
          `${file}${a.source.record ? `:${a.source.record}` : ''}`,
          `${a.annotations.provenance!.kind} ${a.annotations.provenance!.of ?? ''}`.trim(),
        );
    expect(kinds.get('newsharbor-dam-breach.txt')).toBe('copy The Caddenford Herald');
    // The Post's story is Northgate Wire's, told in the Post's words: its dateline, after the title, says so.
    expect(kinds.get('post-hallowell-relay.txt')).toBe('relay Northgate Wire');
    const planted = new Set(['newsharbor-dam-breach.txt', 'post-hallowell-relay.txt']);
    expect([...kinds].filter(([file]) => !planted.has(file)).map(([file, k]) => [file, k])).toEqual(
      [...kinds].filter(([file]) => !planted.has(file)).map(([file]) => [file, 'reporting']),
    );
  });
});

describe('in the cross-check', () => {
  it('two outlets carrying one wire story (each with words of its own) count once, as the wire', () => {
    const story = (outlet: string, own: string, wire: boolean) =>
      runPipeline(
        textInput(
          `LUSK, Westmarch${wire ? ' (AP)' : ''} — The flood destroyed 212 homes in the lower town on Tuesday, the fire service said. ${own}`,
          { outlet },
        ),
        articleStages(),
      );
    const check = (wire: boolean) =>
      crossCheck({
        articles: claimArticles([
          story('Valley Times', 'The Valley Times will follow the story.', wire),
          story('Harbor Post', 'Readers can send photographs to the Post.', wire),
        ]),
        entities: [],
      }).claims.find((c) => c.kind === 'fact' && /212 homes/.test(c.statement))!;
    const relayed = check(true);
    expect(relayed.outlets.sort()).toEqual(['Harbor Post', 'Valley Times']);
    expect(relayed.sources).toEqual(['Associated Press']);
    expect(relayed.status).toBe('single-source');
    // Without the wire's dateline, the same sentence word for word in two outlets still came from one origin.
    const copied = check(false);
    expect(copied.outlets.sort()).toEqual(['Harbor Post', 'Valley Times']);
    expect(copied.sources).toHaveLength(1);
    expect(copied.status).toBe('single-source');
    // Two outlets' reports in words of their own are two sources.
    const own = crossCheck({
      articles: claimArticles([
        runPipeline(
          textInput('The flood destroyed 212 homes in the lower town on Tuesday, the fire service said.', {
            outlet: 'Valley Times',
          }),
          articleStages(),
        ),
        runPipeline(
          textInput('In the lower town, 212 homes were destroyed by Tuesday’s flood, according to the fire service.', {
            outlet: 'Harbor Post',
          }),
          articleStages(),
        ),
      ]),
      entities: [],
    }).claims.find((c) => c.kind === 'fact' && /212 homes/.test(c.statement));
    expect(own?.sources.sort()).toEqual(['Harbor Post', 'Valley Times']);
    expect(own?.status).toBe('corroborated');
  });
});

const seeds = sharedPath('corpus/seeds');

describe.skipIf(!seeds)('the seed corpus', () => {
  it('000 is analysis, 001 relays the Associated Press, 003 is a copy; 002 and 004 are reporting', async () => {
    const kinds: string[] = [];
    for (const file of readdirSync(seeds!).sort())
      for (const a of await analyseFile(path.join(seeds!, file)))
        kinds.push(
          `${file.slice(0, 3)} ${a.annotations.provenance!.kind} ${a.annotations.provenance!.of ?? ''}`.trim(),
        );
    expect(kinds).toEqual(['000 analysis', '001 relay Associated Press', '002 reporting', '003 copy', '004 reporting']);
  });
});

describe('the example corpus: the relay of the wire in the cross-check', () => {
  it('counts the Post’s relay of Northgate Wire once, and adds no conflict', async () => {
    const { cli } = await import('./helpers/run.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-relay-')), 'example.db');
    expect((await cli('analyze', EXAMPLES, '--db', db, '--quiet')).code).toBe(0);
    const out = path.join(path.dirname(db), 'export.json');
    expect((await cli('export', '--format', 'json', '--db', db, '--out', out, '--quiet')).code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      articles: { id: string; outlet?: string }[];
      claims: { statement: string; status: string; evidence: { article: string }[] }[];
      conflicts: { kind: string }[];
    };
    // The wire and the Post's relay of it are one source: what only they carry is never corroborated.
    const outlet = new Map(result.articles.map((a) => [a.id, a.outlet]));
    const carried = result.claims.filter((c) =>
      c.evidence.some((e) => outlet.get(e.article) === 'Brennock Evening Post'),
    );
    expect(carried.length).toBeGreaterThan(3);
    for (const c of carried) {
      const outlets = new Set(c.evidence.map((e) => outlet.get(e.article)));
      if ([...outlets].every((o) => o === 'Brennock Evening Post' || o === 'Northgate Wire'))
        expect(c.status, c.statement).not.toBe('corroborated');
    }
    expect(carried.some((c) => new Set(c.evidence.map((e) => outlet.get(e.article))).has('Northgate Wire'))).toBe(true);
    // The planted disputes only: the denial, the reversal, and the slips of number and office.
    expect(result.conflicts.map((c) => c.kind).sort()).toEqual(EXAMPLE_CONFLICT_KINDS);
  }, 60_000);
});
