import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The BASIL benchmark folder read for the golds' tests: each article's text by url, and each url's event. */
export function readBasil(dir: string): { texts: Map<string, string>; events: Record<string, { event: string }> } {
  const texts = new Map(
    readFileSync(path.join(dir, 'articles.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { url: string; text: string })
      .map((a) => [a.url, a.text]),
  );
  const events = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, { event: string }>;
  return { texts, events };
}
