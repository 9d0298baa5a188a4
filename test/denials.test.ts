/**
 * Denials (src/corpus/claims/denials.ts): golden cases of a claim and its denial, negative cases of what
 * is no denial, and the disputes of the seed corpus that are denials, with both sides' sentences.
 */
import { describe, expect, it } from 'vitest';
import { resolveAliases } from '../src/corpus/aliases/index.ts';
import { crossCheck } from '../src/corpus/claims/index.ts';
import { claimArticles } from '../src/corpus/claims/inputs.ts';
import { findCorrections, findDenials } from '../src/corpus/claims/denials.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { cli, textInput } from './helpers/run.ts';
import { sharedPath } from './helpers/shared.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The denials of a text, as [who denies, the verb, who claimed, what was claimed]. */
function denials(text: string): [string | undefined, string, string | undefined, string][] {
  const article = runPipeline(textInput(text), articleStages());
  return findDenials(article.text, article.annotations.sentences ?? []).map((d) => [
    d.denial.by,
    d.verb,
    d.claim.by,
    d.content,
  ]);
}

describe('a claim and its denial', () => {
  it.each([
    [
      'Reports said the mayor had resigned before the vote, though her office denied these claims.',
      ['her office', 'denied', 'Reports', 'the mayor had resigned before the vote'],
    ],
    [
      'The minister denied claims that he had met the contractor twice in May.',
      ['The minister', 'denied', undefined, 'he had met the contractor twice in May'],
    ],
    [
      'The board disputed any suggestion that the dam had been unsafe for years.',
      ['The board', 'disputed', undefined, 'the dam had been unsafe for years'],
    ],
    [
      'He also rejected reports that the talks had collapsed on the second day.',
      ['He', 'rejected', undefined, 'the talks had collapsed on the second day'],
    ],
    [
      'A tabloid published a story on Monday claiming that the senator had hidden his donations. The senator vehemently denied the rumours.',
      ['The senator', 'denied', 'A tabloid', 'the senator had hidden his donations'],
    ],
    [
      'The company denied that it had dumped waste into the river.',
      ['The company', 'denied', undefined, 'it had dumped waste into the river'],
    ],
    [
      'The ministry’s categorical rejection of reports that troops had crossed the border came within the hour.',
      ['The ministry', 'rejected', undefined, 'troops had crossed the border came within the hour'],
    ],
    [
      '"We have an issue with their welcome," he said. Alex Poulter, who co-founded a local group, also disputed the allegations.',
      ['Alex Poulter', 'disputed', undefined, 'We have an issue with their welcome," he said'],
    ],
  ])('%s', (text, expected) => {
    expect(denials(text)).toEqual([expected]);
  });
});

describe('what is no denial', () => {
  it.each([
    ['a refusal of a request', 'Zelensky rejected the request for more time.'],
    ['a refusal of an idea', 'Kyiv rejected the idea outright, officials said.'],
    ['a negated denial', 'Officials did not dispute the figures in the report.'],
    ['a possible denial', 'Lawyers said the firm could refute the claims at trial.'],
    ['a denial not made', 'She declined to deny the report when asked about it.'],
    ['a court ruling', 'The court rejected the appeal on Tuesday.'],
    ['a denial of something else', 'He denied himself a holiday for the third year running.'],
    ['a claim with no denial', 'Reports said the mayor had resigned before the vote.'],
    [
      'a denial whose claim is not said (the clause before has the same subject)',
      'Officials did not dispute the video, but disputed its characterization.',
    ],
  ])('%s: "%s"', (_what, text) => {
    expect(denials(text)).toEqual([]);
  });

  it('keeps every span inside its sentence', () => {
    const text =
      'Reports said the mayor had resigned, though her office denied these claims. The senator denied claims that he lied.';
    const article = runPipeline(textInput(text), articleStages());
    for (const d of findDenials(article.text, article.annotations.sentences ?? [])) {
      for (const span of [d.claim, d.denial]) {
        expect(span.start).toBeLessThan(span.end);
        const sentence = (article.annotations.sentences ?? []).find((s) => s.start <= span.start && span.end <= s.end);
        expect(sentence, article.text.slice(span.start, span.end)).toBeDefined();
      }
    }
  });
});

describe('a correction of who did something', () => {
  const corrections = (text: string) =>
    findCorrections(text, [{ start: 0, end: text.length }]).map((c) => [c.about, c.not.name, c.but.name, c.by]);

  it.each([
    [
      'Today, Minister Ana Roth clarified that the withdrawal proposal did not come from the President personally, but from Envoy Mark Dell.',
      ['the withdrawal proposal', 'President', 'Envoy Mark Dell', 'Minister Ana Roth'],
    ],
    [
      'The order did not come from the Kremlin, but from Defence Minister Ivan Petrov, officials said.',
      ['The order', 'Kremlin', 'Defence Minister Ivan Petrov', undefined],
    ],
  ])('%s', (text, expected) => {
    expect(corrections(text)).toEqual([expected]);
  });

  it.each([
    ['places, not people', 'The water did not come from the river but from the reservoir.'],
    ['no one named on the other side', 'The idea did not come from the President but from his envoy.'],
    ['no correction', 'The proposal came from the President, officials said.'],
  ])('%s: none', (_what, text) => {
    expect(corrections(text)).toEqual([]);
  });
});

const seeds = sharedPath('corpus/seeds');

describe.skipIf(!seeds)('the seed corpus: disputes that are denials, and whose figures differ', () => {
  it('finds both, each with the claim and the denial, who stands behind each, and their sentences', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'triangulate-denials-')), 'seeds.db');
    expect((await cli('analyze', seeds!, '--db', db, '--quiet')).code).toBe(0);
    const run = await cli('check', '--json', '--db', db);
    const { conflicts } = JSON.parse(run.out) as {
      conflicts: { kind: string; explanation: string; evidence: { value: string; start: number; end: number }[] }[];
    };
    const found = conflicts.filter((c) => c.kind === 'denial').map((c) => c.explanation);
    expect(found).toEqual(
      expect.arrayContaining([
        'U.S. officials denied what reports said: that Trump temporarily paused the meeting to take a phone call with Putin (london-news-net.preview-domain.com).',
        'Trump denied the claim that he pressured Zelensky to hand over all of Donbass to Russia (bankingnews.gr).',
      ]),
    );
    expect(found).toHaveLength(2);
    for (const c of conflicts.filter((x) => x.kind === 'denial'))
      expect(c.evidence.map((e) => e.value)).toEqual(['claimed', 'denied']);
    // Who proposed the withdrawal: Zelensky's correction.
    expect(conflicts.filter((c) => c.kind === 'actor').map((c) => c.explanation)).toEqual([
      'Zelensky says the troop withdrawal proposal came from Whitcoff, not from Trump (bankingnews.gr).',
    ]);
    // The figures of the arms purchase: each side names whose figure it is, not only who printed it.
    const arms = conflicts.find((c) => c.kind === 'value' && c.explanation.includes('$90 billion'))!;
    expect(arms.explanation).toBe(
      'Sources disagree on the sum for arms: $90 billion (Volodymyr Zelensky, in Einenews.com, london-news-net.preview-domain.com) against $100 billion (Financial Times, in london-news-net.preview-domain.com).',
    );
  });
});

/** The corpus entities of some analysed articles (names merged across them). */
function entitiesOf(articles: Parameters<typeof claimArticles>[0]) {
  return resolveAliases(
    articles.map((a) => ({ article: a.id, entities: a.annotations.entities! })),
    [],
  );
}

describe('a position reversed', () => {
  const article = (outlet: string, published: string, text: string) =>
    runPipeline(textInput(text, { outlet, published }), articleStages());
  const reversals = (...articles: ReturnType<typeof article>[]) =>
    crossCheck({ articles: claimArticles(articles), entities: entitiesOf(articles) }).conflicts.filter(
      (c) => c.kind === 'reversal',
    );

  it('one person, one issue, opposite positions on two days: earlier first', () => {
    const found = reversals(
      article(
        'Valley Times',
        '2026-05-04',
        'Governor Ada Marsh did not rule out sending National Guard troops to the border on Monday.',
      ),
      article(
        'Harbor Post',
        '2026-05-07',
        'Governor Ada Marsh on Thursday ruled out sending Guard soldiers to the border.',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toBe(
      'Ada Marsh changed position: first did not rule out sending National Guard troops to the border on Monday (Valley Times, 2026-05-04), then ruled out sending Guard soldiers to the border (Harbor Post, 2026-05-07).',
    );
    expect(found[0]!.evidence.map((e) => e.value)).toEqual(['open to it (2026-05-04)', 'against it (2026-05-07)']);
  });

  it.each([
    [
      'the same position twice',
      'Governor Ada Marsh ruled out sending Guard troops to the border.',
      'Governor Ada Marsh again ruled out sending Guard soldiers to the border.',
    ],
    [
      'two issues',
      'Governor Ada Marsh did not rule out raising the fuel tax next year.',
      'Governor Ada Marsh ruled out sending Guard soldiers to the border.',
    ],
    [
      'two people',
      'Governor Ada Marsh did not rule out sending Guard troops to the border.',
      'Senator Tom Reyes ruled out sending Guard soldiers to the border.',
    ],
  ])('%s: none', (_what, first, second) => {
    expect(
      reversals(article('Valley Times', '2026-05-04', first), article('Harbor Post', '2026-05-07', second)),
    ).toEqual([]);
  });
});
