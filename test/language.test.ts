import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detector, ELD_JSON, lazyNgrams, shippedDetector } from '../src/models/language.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { textInput } from './helpers/run.ts';

// Paragraphs in several languages and scripts, short and long, and text that is no language at all.
const SAMPLES = [
  'The ministry said on Tuesday that the talks would resume next week in Geneva.',
  'Le ministère a déclaré mardi que les négociations reprendraient la semaine prochaine à Genève.',
  'Das Ministerium erklärte am Dienstag, die Gespräche würden nächste Woche in Genf fortgesetzt.',
  'El ministerio dijo el martes que las conversaciones se reanudarían la próxima semana en Ginebra.',
  'Министерство заявило во вторник, что переговоры возобновятся на следующей неделе в Женеве.',
  'Το υπουργείο δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα στη Γενεύη.',
  '外交部周二表示，会谈将于下周在日内瓦恢复。',
  'Ministerstwo poinformowało we wtorek, że rozmowy zostaną wznowione w przyszłym tygodniu w Genewie.',
  'Subscribe',
  '12:45 — 3/4 — 2026',
  '',
];

describe('language detector', () => {
  it('finds the language of a paragraph', () => {
    expect(detector.detect(SAMPLES[0]!).language).toBe('en');
    expect(detector.detect(SAMPLES[1]!).language).toBe('fr');
    expect(detector.detect(SAMPLES[4]!).language).toBe('ru');
    expect(detector.detect(SAMPLES[5]!).language).toBe('el');
    expect(detector.detect(SAMPLES[6]!).language).toBe('zh');
  });

  it('gives the same languages and scores as eld as shipped, read from the build’s JSON copy or not', async () => {
    const shipped = await shippedDetector();
    for (const text of SAMPLES) {
      const a = detector.detect(text);
      const b = shipped.detect(text);
      expect({ text, language: a.language, scores: a.getScores() }).toEqual({
        text,
        language: b.language,
        scores: b.getScores(),
      });
    }
  });

  it('reads the JSON copy the build writes, not the shipped model', async () => {
    // `npm ci` builds, so CI has the copy; a checkout not built yet reads the shipped model, just slower.
    if (!existsSync(ELD_JSON) && process.env.CI !== 'true') return;
    expect(existsSync(ELD_JSON)).toBe(true);
    expect(detector).not.toBe(await shippedDetector());
  });

  it('reads an n-gram of the lazy table as eld would read it from its object, and none it does not hold', () => {
    const ngrams = lazyNgrams('ab\nb c\nzz', '0:12\n3:4,11:-2.5\n7:1');
    expect(ngrams['b c']).toEqual({ 3: 4, 11: -2.5 });
    expect(ngrams['ab']).toEqual({ 0: 12 });
    expect(ngrams['zz']).toEqual({ 7: 1 });
    for (const missing of ['b', 'zzz', '', 'constructor', '__proto__', 'toString'])
      expect(ngrams[missing]).toBeUndefined();
    // The scores of one n-gram in eld's order of languages, as `for…in` over eld's own object gives them.
    expect(Object.keys(ngrams['b c']!)).toEqual(['3', '11']);
  });
});

describe('the language stage', () => {
  const languageOf = (content: string) => runPipeline(textInput(content), articleStages()).meta.language;

  it('names the language of an article, and none of one too short to tell ("ok")', () => {
    expect(languageOf('The water board said the dam would hold through the spring floods.')).toBe('en');
    expect(languageOf('Bürgermeisterin Ida Brenholt sagte, der Damm werde halten.')).toBe('de');
    expect(languageOf('ok')).toBe('und');
    // Another script tells its language in a few letters.
    expect(languageOf('Пожар в Москве.')).toBe('ru');
    expect(languageOf('Σεισμός στην Αθήνα.')).toBe('el');
  });
});
