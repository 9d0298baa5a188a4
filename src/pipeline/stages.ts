/**
 * THE order of the per-article stages. Order here matters: each stage reads what the ones before it
 * returned. A new stage is added here and nowhere else.
 */
import type { Stage } from './stage.ts';
import { clean } from '../stages/clean/index.ts';
import { language } from '../stages/language/index.ts';
import { sentences } from '../stages/sentences/index.ts';
import { entities } from '../stages/entities/index.ts';
import { quotes } from '../stages/quotes/index.ts';
import { dates } from '../stages/dates/index.ts';
import { quantities } from '../stages/quantities/index.ts';
import { propositions } from '../stages/propositions/index.ts';
import { provenance } from '../stages/provenance/index.ts';

/** The per-article stages, in the order they run. */
export function articleStages(): Stage[] {
  return [clean(), language(), sentences(), entities(), quotes(), dates(), quantities(), propositions(), provenance()];
}
