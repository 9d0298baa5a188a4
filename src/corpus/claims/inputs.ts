import type { Article } from '../../article/types.ts';
import { findQuantities } from '../../stages/quantities/find.ts';
import type { Quantity } from '../../stages/quantities/types.ts';
import { findPropositions, type Proposition } from '../../stages/propositions/index.ts';
import { findProvenance } from '../../stages/provenance/index.ts';
import { sourceLabel } from '../sources.ts';
import type { ClaimArticle } from './types.ts';

/**
 * The cross-check's input from analysed articles. An article analysed before the quantities or the
 * propositions stage was wired in lacks their annotation: it is made here from its text and the others.
 */
export function claimArticles(articles: readonly Article[]): ClaimArticle[] {
  return articles
    .filter((a) => a.annotations.entities && a.annotations.sentences)
    .map((a) => {
      const sentences = a.annotations.sentences!;
      const stored = (a.annotations as { quantities?: Quantity[] }).quantities;
      const quantities = stored ?? findQuantities(a.text, sentences);
      const propositions: Proposition[] =
        a.annotations.propositions ??
        findPropositions({
          text: a.text,
          sentences,
          paragraphs: a.annotations.paragraphs,
          entities: a.annotations.entities,
          quotes: a.annotations.quotes,
          dates: a.annotations.dates,
          quantities,
        });
      return {
        id: a.id,
        ...(a.meta.outlet ? { outlet: a.meta.outlet } : {}),
        ...(sourceLabel(a.source.url, a.meta.title) ? { label: sourceLabel(a.source.url, a.meta.title)! } : {}),
        ...(a.meta.published ? { published: a.meta.published } : {}),
        text: a.text,
        sentences,
        quantities,
        entities: a.annotations.entities!,
        quotes: a.annotations.quotes ?? [],
        propositions,
        ...(a.annotations.dates ? { dates: a.annotations.dates } : {}),
        provenance:
          a.annotations.provenance ??
          findProvenance(a.text, {
            ...(a.meta.outlet ? { outlet: a.meta.outlet } : {}),
            sentences,
            quotes: a.annotations.quotes ?? [],
            removed: a.annotations.removed ?? [],
          }),
      };
    });
}
