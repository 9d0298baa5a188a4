/**
 * The dates stage: every temporal expression of the article (dates, times, durations, sets) with a
 * TIMEX3 value resolved against the article's date. The article's date comes from its metadata; when
 * there is none it is read from a dateline in the text and marked inferred; otherwise it stays unknown
 * and relative expressions keep their open parts as X ("Friday" is XXXX-WXX-5) — never invented.
 */
import { message, type Message } from '../../article/message.ts';
import type { ArticleMeta } from '../../article/types.ts';
import type { Stage, StageOutput } from '../../pipeline/stage.ts';
import { dayValue, parseReference } from './calendar.ts';
import { findDates } from './find.ts';
import { publishedFromText } from './published.ts';

export type { DateKind, DateMention, DateMod, Granularity } from './types.ts';
export { dateRange, readableValue } from './range.ts';
export { findDates } from './find.ts';

/** A full date written out in a metadata field ("19 Nov 2019 07:09 GMT"), as a day number. */
function writtenDate(text: string): number | undefined {
  const [found] = findDates(text, [{ start: 0, end: text.length }]);
  return found && (found.kind === 'date' || found.kind === 'time') ? parseReference(found.value) : undefined;
}

export const DATES_DEFAULTS = {
  /** Read the article's date from a dateline in its text when the metadata has none. */
  inferPublished: true,
};

/** The dates stage: `annotations.dates`, and `meta.published` (inferred) when only the text gives it. */
export function dates(options: Partial<typeof DATES_DEFAULTS> = {}): Stage {
  const settings = { ...DATES_DEFAULTS, ...options };
  return {
    name: 'dates',
    needs: ['sentences'],
    run({ text, meta, annotations }, ctx): StageOutput {
      const sentences = annotations.sentences ?? [];
      const messages: Message[] = [];
      let reference = parseReference(meta.published);
      let inferred = meta.publishedInferred === true;
      let newMeta: Partial<ArticleMeta> | undefined;
      if (meta.published && reference === undefined) {
        // Metadata written for people ("19 Nov 2019 07:09 GMT") is read as a date when it is one.
        reference = writtenDate(meta.published);
        const how = reference === undefined ? 'cannot be read as a date' : `is read as ${dayValue(reference)}`;
        const severity = reference === undefined ? 'warning' : 'info';
        const reason = `publication date "${meta.published}" is not an ISO date; it ${how}`;
        messages.push(message(severity, reason, 'dates/bad-published', 'dates'));
      }
      if (reference === undefined && settings.inferPublished) {
        const found = publishedFromText(text, sentences);
        if (found?.published) {
          reference = parseReference(found.published);
          inferred = true;
          newMeta = { published: found.published, publishedInferred: true };
          ctx.debug(() => `dates: publication date ${found.published} read from the dateline`);
        } else if (found?.withoutYear) {
          messages.push(
            message(
              'info',
              `the dateline "${found.withoutYear}" has no year; no publication date assumed`,
              'dates/dateline-without-year',
              'dates',
              { span: found.span },
            ),
          );
        }
      }
      if (reference === undefined) {
        messages.push(
          message('info', 'no publication date: relative dates are left unresolved (X)', 'dates/no-reference', 'dates'),
        );
      }
      const mentions = findDates(text, sentences, { reference, referenceInferred: inferred });
      return { annotations: { dates: mentions }, meta: newMeta, messages };
    },
  };
}
