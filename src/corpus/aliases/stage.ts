import { stageVersion } from '../versions.ts';
import type { CorpusStage } from '../stage.ts';
import { ALIAS_DEFAULTS, AliasResolver } from './resolve.ts';

/**
 * The alias stage in the corpus pipeline: the articles written since its last run are taken in
 * (replacing what they had), and only the names they touch are resolved again. The hand corrections
 * are applied at every run; a change of them re-resolves the entities they name.
 */
export function aliasesStage(options = ALIAS_DEFAULTS): CorpusStage {
  return {
    name: 'aliases',
    version: stageVersion('aliases'),
    needs: [],
    update(ctx, change) {
      if (change.full) ctx.items.clear();
      const resolver = new AliasResolver(ctx.items, options);
      const batch = 500;
      for (let i = 0; i < change.articles.length; i += batch) {
        const ids = change.articles.slice(i, i + batch);
        const found = new Map(
          ctx.store.annotationsOf(['entities'], ids).map((a) => [a.article, a.annotations.entities]),
        );
        for (const id of ids) resolver.setArticle(id, found.get(id));
      }
      const result = resolver.resolve(ctx.store.listCorrections());
      // Articles that name another entity now: those written, and those of the records that moved.
      const articles = new Set(change.articles);
      for (const record of result.remapped) for (const a of ctx.items.keysUnder(`r:${record}`)) articles.add(a);
      return {
        articles: [...articles],
        entities: result.renamed,
        summary: `${change.articles.length} articles; ${result.written.length} entities written, ${result.removed.length} gone`,
      };
    },
  };
}
