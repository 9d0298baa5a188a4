import { corpusResults } from '../../app/corpus.ts';
import { updateCorpus } from '../../app/update.ts';
import { findEntity as findNamed } from '../../corpus/aliases/find.ts';
import type { Correction, Entity } from '../../corpus/aliases/index.ts';
import { roleLabel } from '../../corpus/roles.ts';
import { nameKey } from '../../stages/entities/index.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import type { Store } from '../../store/index.ts';
import { openExistingStore, parse, type Command, type Io } from '../shared.ts';

const TYPES = ['person', 'organisation', 'place'];

/** Finds the entity a user names (`findEntity`), pointing to the list of entities when there is none. */
export function findEntity(entities: readonly Entity[], ref: string): Entity {
  try {
    return findNamed(entities, ref);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(`${error.message} (see "triangulate entities")`);
    throw error;
  }
}

/** An alias of the entity that a correction can hold on to across re-analysis: a name its articles use. */
function anchor(entity: Entity): string {
  return entity.aliases.find((a) => nameKey(a) === nameKey(entity.name)) ?? entity.aliases[0] ?? entity.name;
}

/** "a" or "an" before a word. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** An entity as `entities` lists it: its name, counts, aliases, roles and the merges worth a word. */
export function describeEntity(e: Entity): string {
  const articles = new Set(e.mentions.map((m) => m.article)).size;
  const roles = [...new Set(e.roles.map((r) => roleLabel(r, false)))];
  const lines = [
    `${e.name}  [${e.type}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}]  ${e.id}`,
  ];
  const others = e.aliases.filter((a) => a !== e.name);
  if (others.length) lines.push(`    also: ${others.join(', ')}`);
  if (roles.length) lines.push(`    roles: ${roles.join('; ')}`);
  for (const m of e.merges.filter((x) => x.score < 1 || x.reason.includes('by hand'))) {
    // Two records of one name (read as two types in two articles): the name once, the reason says why.
    const what = m.a === m.b ? m.a : `${m.a} + ${m.b}`;
    lines.push(`    merged ${what} (${m.score.toFixed(2)}): ${m.reason}`);
  }
  return lines.join('\n');
}

/** Records a correction, re-resolves the entities and says what the entity now is. */
function correct(store: Store, correction: Correction, io: Io, show: string): number {
  const id = store.addCorrection(correction);
  updateCorpus(store, io.err);
  const { entities } = corpusResults(store);
  io.out(`Correction ${id} stored; it is applied at every analysis ("triangulate entities undo ${id}" takes it back).`);
  const shown = entities.find(
    (e) => e.aliases.some((a) => nameKey(a) === nameKey(show)) || nameKey(e.name) === nameKey(show),
  );
  if (shown) io.out(describeEntity(shown));
  return 0;
}

export const entitiesCommand: Command = {
  name: 'entities',
  help: `Usage: triangulate entities [--type person|organisation|place] [--limit N] [--json] [--db FILE]
       triangulate entities merge ENTITY ENTITY
       triangulate entities split ENTITY ALIAS
       triangulate entities rename ENTITY NEW NAME
       triangulate entities corrections
       triangulate entities undo NUMBER

Lists the entities of the stored articles, most mentioned first, with their mention counts, the
name variants merged into each (and why), and the roles the articles state for them.

An ENTITY is its id (e_…), its name or one of its aliases. Corrections are stored and applied again
at every analysis: "merge" joins two entities, "split" takes the mentions written ALIAS out of an
entity into one of their own, "rename" changes the name an entity is shown under.

Options:
  --type T      only entities of this type
  --limit N     at most N entities (default: all)
  --json        print JSON
  --db FILE     database file (default: $TRIANGULATE_DB or ./triangulate.db)
  -h, --help    this help`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      type: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const [action, ...args] = positionals;
    const store = await openExistingStore(values.db, io);
    try {
      if (!action) {
        if (values.type && !TYPES.includes(values.type))
          throw new UsageError(`--type must be one of ${TYPES.join(', ')}`);
        const limit = values.limit === undefined ? Infinity : Number(values.limit);
        if (!(limit > 0)) throw new UsageError(`--limit must be a positive number, not "${values.limit}"`);
        const list = corpusResults(store)
          .entities.filter((e) => !values.type || e.type === values.type)
          .slice(0, limit);
        if (values.json) io.out(JSON.stringify(list, null, 2));
        else if (!list.length) io.out('No entities.');
        else io.out(list.map(describeEntity).join('\n'));
        return 0;
      }
      const { entities } = corpusResults(store);
      switch (action) {
        case 'merge': {
          if (args.length !== 2) throw new UsageError('merge takes two entities');
          const a = findEntity(entities, args[0]!);
          const b = findEntity(entities, args[1]!);
          if (a === b) throw new UsageError(`"${args[0]}" and "${args[1]}" are already one entity (${a.id})`);
          // Merged as asked, but told when the articles name the two apart: two spellings of one name are
          // seldom both in one article, two people often are.
          const inA = new Set(a.mentions.map((m) => m.article));
          const both = new Set(b.mentions.filter((m) => inA.has(m.article)).map((m) => m.article)).size;
          if (both || a.type !== b.type)
            io.err(
              `note: ${[
                both ? `${a.name} and ${b.name} are both named in ${both} article${both === 1 ? '' : 's'}` : '',
                a.type !== b.type ? `one is ${article(a.type)} ${a.type}, the other ${article(b.type)} ${b.type}` : '',
              ]
                .filter(Boolean)
                .join('; ')}: they may be two; merged as asked`,
            );
          return correct(store, { action: 'merge', a: anchor(a), b: anchor(b) }, io, anchor(a));
        }
        case 'split': {
          if (args.length !== 2) throw new UsageError('split takes an entity and one of its aliases');
          const e = findEntity(entities, args[0]!);
          const alias = e.aliases.find((x) => nameKey(x) === nameKey(args[1]!));
          if (!alias)
            throw new UsageError(`"${args[1]}" is not an alias of ${e.name}; its aliases: ${e.aliases.join(', ')}`);
          if (e.aliases.length < 2) throw new UsageError(`${e.name} has a single alias; nothing to split`);
          const keep = e.aliases.find((x) => x !== alias)!;
          return correct(store, { action: 'split', entity: keep, alias }, io, alias);
        }
        case 'rename': {
          if (args.length < 2) throw new UsageError('rename takes an entity and the new name');
          const e = findEntity(entities, args[0]!);
          return correct(store, { action: 'rename', entity: anchor(e), name: args.slice(1).join(' ') }, io, anchor(e));
        }
        case 'corrections': {
          const list = store.listCorrections();
          if (values.json) io.out(JSON.stringify(list, null, 2));
          else if (!list.length) io.out('No corrections.');
          else
            for (const c of list)
              io.out(
                `${c.id}  ${c.createdAt}  ${c.action} ${JSON.stringify({ ...c, id: undefined, createdAt: undefined, action: undefined })}`,
              );
          return 0;
        }
        case 'undo': {
          const id = Number(args[0]);
          if (!Number.isInteger(id))
            throw new UsageError('undo takes the number of a correction (see "entities corrections")');
          if (!store.removeCorrection(id)) throw new NotFoundError(`no correction number ${id}`);
          updateCorpus(store, io.err);
          io.out(`Correction ${id} removed.`);
          return 0;
        }
        default:
          throw new UsageError(`unknown action "${action}"`);
      }
    } finally {
      store.close();
    }
  },
};
