/**
 * The entity a user names — on the command line or in an API query — by its id, its name or one of its
 * aliases (case and accents ignored), or by a surname alone when one entity's full name ends so.
 */
import { NotFoundError, UsageError } from '../../errors.ts';
import { nameKey } from '../../stages/entities/index.ts';
import type { Entity } from './index.ts';

/**
 * Finds the entity `ref` names. A name several entities share is a `UsageError` listing them (give the
 * id); a name none has, a `NotFoundError`.
 */
export function findEntity(entities: readonly Entity[], ref: string): Entity {
  const byId = entities.find((e) => e.id === ref);
  if (byId) return byId;
  const k = nameKey(ref);
  const byName = entities.filter((e) => nameKey(e.name) === k);
  if (byName.length === 1) return byName[0]!;
  const byAlias = entities.filter((e) => e.aliases.some((a) => nameKey(a) === k));
  if (byAlias.length === 1) return byAlias[0]!;
  // A surname alone ("Velenko") names the one entity with a full name ending so.
  const bySurname = entities.filter((e) => e.aliases.some((a) => nameKey(a).endsWith(` ${k}`)));
  if (!byName.length && !byAlias.length && bySurname.length === 1) return bySurname[0]!;
  const many = byName.length > 1 ? byName : byAlias.length > 1 ? byAlias : bySurname;
  if (many.length > 1) {
    throw new UsageError(
      `"${ref}" names ${many.length} entities: ${many.map((e) => `${e.id} (${e.name}, ${e.type})`).join('; ')}; give the id`,
    );
  }
  throw new NotFoundError(`no entity named "${ref}"`);
}
