import type { LanguageSpan, Removal } from '../../article/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { detector } from '../../models/language.ts';

/**
 * Defaults: paragraphs shorter than `shortLetters` letters keep the article's language unless clearly other;
 * an article of fewer than `minLetters` letters, mostly of the Latin script, has none (`und`): too few to
 * tell one of the script's many languages by.
 */
export const LANGUAGE_DEFAULTS = { shortLetters: 40, shortMargin: 0.9, minLetters: 20 };

interface Detection {
  language: string;
  scores: Record<string, number>;
}

function detect(text: string): Detection {
  const result = detector.detect(text);
  return { language: result.language, scores: result.getScores() };
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * The language stage: a language per paragraph and for the article (the language most of its letters
 * are written in). A short paragraph, where detection is weak, keeps the article's language unless
 * another language clearly wins. Removed lines get a language too (a Greek menu line is Greek).
 */
export function language(options = LANGUAGE_DEFAULTS): Stage {
  return {
    name: 'language',
    needs: ['clean'],
    run({ text, annotations, meta }) {
      const paragraphs = annotations.paragraphs ?? [];
      const detections = paragraphs.map((p) => detect(text.slice(p.start, p.end)));
      const weight = new Map<string, number>();
      paragraphs.forEach((p, i) => {
        const lang = detections[i]!.language;
        if (lang) weight.set(lang, (weight.get(lang) ?? 0) + letterCount(text.slice(p.start, p.end)));
      });
      const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1]);
      // Too few letters of the Latin script to tell one of its many languages by ("ok"): none. Another script
      // tells its language in a few ("Пожар в Москве.", "Σεισμός στην Αθήνα.").
      const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
      const letters = letterCount(text);
      const tooFew = letters < options.minLetters && latin * 2 >= letters;
      const articleLanguage = (tooFew ? undefined : ranked[0]?.[0]) || meta.language || 'und';

      const settle = (surface: string, found: Detection): { language: string; score: number } => {
        const top = found.scores[found.language] ?? 0;
        const own = found.scores[articleLanguage] ?? 0;
        if (!found.language) return { language: articleLanguage, score: 0 };
        if (
          found.language !== articleLanguage &&
          letterCount(surface) < options.shortLetters &&
          own >= top * options.shortMargin
        ) {
          return { language: articleLanguage, score: own };
        }
        return { language: found.language, score: top };
      };

      const languages: LanguageSpan[] = paragraphs.map((p, i) => ({
        start: p.start,
        end: p.end,
        ...settle(text.slice(p.start, p.end), detections[i]!),
      }));
      const removed: Removal[] | undefined = annotations.removed?.map((r) => {
        const found = detect(r.text);
        return found.language ? { ...r, language: settle(r.text, found).language } : r;
      });
      return { meta: { language: articleLanguage }, annotations: { languages, ...(removed ? { removed } : {}) } };
    },
  };
}
