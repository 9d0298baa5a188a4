import type { Article } from './types.ts';

/** Every span-carrying object under a value, with where it was found. */
function spansUnder(value: unknown, where: string, out: { where: string; span: Record<string, unknown> }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => spansUnder(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' || typeof record.end === 'number') out.push({ where, span: record });
    for (const [key, v] of Object.entries(record)) if (typeof v === 'object') spansUnder(v, `${where}.${key}`, out);
  }
}

/**
 * The span invariant of an article: every annotation with a `start` and an `end` points into the
 * text (whole UTF-16 offsets, not inverted), carries exactly its surface when it has a `text`, and
 * neither starts nor ends on whitespace. Returns how many spans were checked and what breaks it.
 */
export function spanProblems(article: Article): { checked: number; problems: string[] } {
  const found: { where: string; span: Record<string, unknown> }[] = [];
  spansUnder(article.annotations, article.source.path ?? article.id, found);
  const problems: string[] = [];
  for (const { where, span } of found) {
    const { start, end } = span as { start: number; end: number };
    if (!Number.isInteger(start) || !Number.isInteger(end))
      problems.push(`${where}: offsets ${start}-${end} not whole`);
    else if (start < 0 || start > end || end > article.text.length)
      problems.push(`${where}: ${start}-${end} outside the text of ${article.text.length}`);
    else {
      const surface = article.text.slice(start, end);
      if (typeof span.text === 'string' && span.text !== surface)
        problems.push(`${where}: text ${JSON.stringify(span.text)} is not the surface ${JSON.stringify(surface)}`);
      else if (surface !== surface.trim())
        problems.push(`${where}: surface ${JSON.stringify(surface)} has outer space`);
    }
  }
  return { checked: found.length, problems };
}
