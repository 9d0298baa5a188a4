import type { Entity } from '../aliases/index.ts';
import type { QuoteResults } from '../quotes/index.ts';
import { distinct, evidence } from './sources.ts';
import type { Claim, ClaimArticle } from './types.ts';

/** Defaults: how much of a statement the claim's wording shows. */
export const STATEMENT_DEFAULTS = { maxChars: 160 };

/** A wording cut to a readable length at a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}

/**
 * Statement claims: each statement of the quotes stage (the same words of one named speaker, in one or
 * more articles) that holds a direct or mixed quote. The speaker is the origin; the outlets that carry
 * the words are the sources, so a statement is corroborated when independent outlets report it.
 */
export function statementClaims(
  results: QuoteResults,
  entities: readonly Entity[],
  articles: ReadonlyMap<string, ClaimArticle>,
  groupOf: (article: string) => string,
): Claim[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const records = new Map(results.quotes.map((q) => [q.id, q]));
  const out: Claim[] = [];
  for (const s of results.statements) {
    const quotes = s.quotes.map((id) => records.get(id)!).filter((q) => q && articles.has(q.article));
    const speaker = s.speaker ? names.get(s.speaker) : undefined;
    if (!speaker || !quotes.some((q) => q.kind !== 'indirect')) continue;
    const ev = quotes.map((q) => evidence(articles.get(q.article)!, q, groupOf(q.article)));
    out.push({
      id: `c_${s.id.slice(2)}`,
      kind: 'statement',
      statement: `${speaker} said ${shorten(s.text, STATEMENT_DEFAULTS.maxChars)}`,
      about: `speaker|${s.speaker}`,
      status: 'single-source',
      sources: distinct(ev.map((e) => e.source)),
      outlets: distinct(ev.map((e) => e.outlet)),
      evidence: ev,
    });
  }
  return out;
}
