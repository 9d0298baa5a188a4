/**
 * The corpus stages by name, in the order they run (stages.ts), each with its version: results that
 * another version wrote are computed again. Kept apart from the stages so that a command that only
 * reads can tell whether a store's results are fresh without loading them (freshness.ts). A stage's
 * `version` is read from here; a change to what a stage computes — its code, or the words it is handed —
 * bumps its number here, or stores written before keep the results of the code before.
 */
export const CORPUS_STAGE_VERSIONS = [
  { name: 'aliases', version: 6 },
  { name: 'quotes', version: 7 },
  { name: 'events', version: 3 },
  { name: 'claims', version: 71 },
] as const;

/** The version of the corpus stage named. */
export function stageVersion(name: (typeof CORPUS_STAGE_VERSIONS)[number]['name']): number {
  return CORPUS_STAGE_VERSIONS.find((s) => s.name === name)!.version;
}
