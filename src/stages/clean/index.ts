import { message, type Message } from '../../article/message.ts';
import type { Stage, StageOutput } from '../../pipeline/stage.ts';
import { extractHtml } from '../../read/html/extract.ts';
import { cleanText } from './clean-text.ts';
import { isoPublished } from '../dates/metadata.ts';

/** A publication date in ISO form where metadata wrote another common shape. */
function publishedOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : isoPublished(value);
}

/**
 * The clean stage: from the input's content to the article text. HTML goes through main-content
 * extraction and its metadata first; then plain text (the common case) goes through the line rules.
 * Metadata that came with the input (a sidecar, a JSON record) wins over what the page says.
 */
export function clean(): Stage {
  return {
    name: 'clean',
    needs: [],
    run({ input }): StageOutput {
      const messages: Message[] = [];
      let content = input.content;
      let page: {
        title?: string;
        outlet?: string;
        published?: string;
        language?: string;
        byline?: string;
        url?: string;
      } = {};
      if (input.format === 'html') {
        const extracted = extractHtml(input.content, { url: input.meta.url });
        content = extracted.text;
        page = {
          title: extracted.title,
          outlet: extracted.siteName,
          published: extracted.published,
          language: extracted.language,
          byline: extracted.byline,
          url: extracted.url,
        };
        // The headline is part of the article; extractors often leave it out of the body.
        const headline = input.meta.title ?? page.title;
        if (headline && !content.slice(0, 400).includes(headline)) content = `${headline}\n\n${content}`;
      }
      const known = { title: input.meta.title ?? page.title, outlet: input.meta.outlet ?? page.outlet };
      const cleaned = cleanText(content, known);
      if (!cleaned.text.trim()) {
        messages.push(message('warning', 'no article text left after cleaning', 'clean/empty', 'clean'));
      }
      return {
        text: cleaned.text,
        meta: {
          title: input.meta.title ?? cleaned.title ?? page.title,
          outlet: input.meta.outlet ?? page.outlet ?? cleaned.outlet,
          published: publishedOf(input.meta.published ?? page.published ?? cleaned.published ?? input.meta.captured),
          // A date line in the text is a reading of the page, not metadata, and a capture date is not
          // the publication's: say so.
          publishedInferred:
            !input.meta.published && !page.published && (cleaned.published ?? input.meta.captured) ? true : undefined,
          byline: page.byline ?? cleaned.byline,
          url: input.meta.url ?? page.url,
          language: page.language,
        },
        annotations: { removed: cleaned.removed, paragraphs: cleaned.paragraphs },
        messages,
      };
    },
  };
}
