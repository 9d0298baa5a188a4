import type { Quantity } from '../../stages/quantities/types.ts';
import { mostFrequent } from '../frequency.ts';
import { distinct, stableId } from './sources.ts';
import type { Claim, Conflict, CrossCheckOptions, Evidence } from './types.ts';

/** One quantity with where it stands and who stands behind it. */
export interface QuantityItem {
  q: Quantity;
  ev: Evidence;
}

/** A set of items agreeing on one value. `bound`: only "more than"/"up to" values, no value of its own. */
interface Cluster {
  value: number;
  items: QuantityItem[];
  bound: boolean;
}

/** How a measure is said in words. */
function measureLabel(q: Quantity): string {
  if (q.kind === 'money') return `the sum for ${q.measure}`;
  if (q.kind === 'percent') return `the share of the ${q.measure}`;
  if (q.kind === 'duration') return `the length of the ${q.measure}`;
  return `the number of ${q.measure}`;
}

/** True when two exact-or-approximate values agree: equal, or within the tolerance when either is hedged. */
function agree(a: Quantity, value: number, hedged: boolean, options: CrossCheckOptions): boolean {
  if (a.value === value) return true;
  if (!hedged && a.hedge !== 'approx') return false;
  return Math.abs(a.value - value) <= options.approxTolerance * Math.max(Math.abs(a.value), Math.abs(value));
}

/** True when a bounded value ("more than 300") admits a value. */
function admits(bound: Quantity, value: number): boolean {
  return bound.hedge === 'min' ? value >= bound.value : value <= bound.value;
}

/** Groups the items of one measure by value: exact values first, hedged ones join the value they round. */
function clusterValues(items: readonly QuantityItem[], options: CrossCheckOptions): Cluster[] {
  const clusters: Cluster[] = [];
  const order = [...items].sort((x, y) => Number(!!x.q.hedge) - Number(!!y.q.hedge));
  for (const item of order) {
    const { q } = item;
    const bounded = q.hedge === 'min' || q.hedge === 'max';
    const home = clusters.find((c) =>
      bounded
        ? !c.bound && admits(q, c.value)
        : !c.bound &&
          agree(
            q,
            c.value,
            c.items.some((i) => i.q.hedge),
            options,
          ),
    );
    if (home) home.items.push(item);
    else clusters.push({ value: q.value, items: [item], bound: bounded });
  }
  return clusters;
}

/** The first quantity of a cluster (all of one measure). */
function q0(c: Cluster): Quantity {
  return c.items[0]!.q;
}

/** The way most articles write a value ("412 homes"). */
function usualText(items: readonly QuantityItem[]): string {
  return mostFrequent(items.map((i) => i.q.text))!;
}

/** A claim in words: "412 homes flooded", "$100 billion for arms". */
function statementOf(q: Quantity, text: string): string {
  // "48 pages of the indictment", from "a 48-page indictment".
  if (q.kind === 'count' && /^\p{L}+s of the /u.test(q.measure!)) return `${q.value} ${q.measure}`;
  if (q.kind === 'count')
    return `${text}${q.measure!.includes(' ') ? ` ${q.measure!.split(' ').slice(1).join(' ')}` : ''}`;
  if (q.kind === 'money') return `${text} for ${q.measure}`;
  return `${text} (${q.measure})`;
}

/**
 * The values that are really disputed: a value is left out when every source giving it also gives
 * another value of the measure — a source that states both knows them apart (two calls, a past
 * disaster beside this one), so it disputes neither.
 */
function disputedSides(sides: readonly Claim[]): Claim[] {
  return sides.filter((side) =>
    side.sources.some((s) => !sides.some((other) => other !== side && other.sources.includes(s))),
  );
}

/**
 * The sides that disagree within one event: the values of a measure a storyline's events tell apart are
 * two happenings (two shootings, a disaster and another told for comparison) or a count and a later one,
 * not one number told differently. The values agree across events (each claim keeps every piece of its
 * evidence, and a side of a conflict shows all of it); they conflict only where one event tells both.
 */
function clashesWithin(sides: readonly Claim[], eventOf: (article: string) => string | undefined): Claim[] {
  const byEvent = new Map<string, Map<Claim, Evidence[]>>();
  for (const side of sides)
    for (const e of side.evidence) {
      const event = eventOf(e.article) ?? '';
      const told = byEvent.get(event) ?? byEvent.set(event, new Map()).get(event)!;
      (told.get(side) ?? told.set(side, []).get(side)!).push(e);
    }
  const clashing = new Set<string>();
  for (const told of byEvent.values()) {
    if (told.size < 2) continue;
    const local = [...told].map(([side, evidence]) => ({
      ...side,
      evidence,
      sources: distinct(evidence.map((e) => e.source)),
    }));
    for (const side of disputedSides(local)) clashing.add(side.id);
  }
  return sides.filter((side) => clashing.has(side.id));
}

/** The outlets of a list of evidence, as a readable list. */
export function outletList(evidence: readonly Evidence[]): string {
  return distinct(evidence.map((e) => e.outlet)).join(', ');
}

/**
 * The claims of one measure (its key: story, kind, measure and unit) and the conflict between its
 * values, if sources disagree.
 */
export function measureClaims(
  key: string,
  items: readonly QuantityItem[],
  options: Pick<CrossCheckOptions, 'approxTolerance'>,
  eventOf?: (article: string) => string | undefined,
): { claims: Claim[]; conflicts: Conflict[] } {
  const clusters = clusterValues(items, options);
  const claims = clusters.map((c) => {
    const text = usualText(c.items);
    const ev = c.items.map((i) => ({ ...i.ev, value: text }));
    return {
      id: stableId('c', key, String(c.value), String(c.bound)),
      kind: 'quantity' as const,
      statement: statementOf(c.items[0]!.q, text),
      about: `${q0(c).kind}|${q0(c).measure}|${q0(c).unit}`,
      status: 'single-source' as const,
      established: false,
      sources: distinct(ev.map((e) => e.source)),
      outlets: distinct(ev.map((e) => e.outlet)),
      evidence: ev,
    } satisfies Claim;
  });
  const open = claims.filter((_, i) => !clusters[i]!.bound);
  const sides = eventOf ? clashesWithin(open, eventOf) : disputedSides(open);
  if (sides.length < 2) return { claims, conflicts: [] };
  const label = measureLabel(items[0]!.q);
  // Each side with the outlets that print it and, when its figure is someone's words, whose.
  const said = sides.map((c) => {
    const by = distinct(c.evidence.flatMap((e) => (e.by ? [e.by] : [])));
    return `${c.evidence[0]!.value} (${by.length ? `${by.join(', ')}, in ` : ''}${outletList(c.evidence)})`;
  });
  const conflict: Conflict = {
    id: stableId('x', key),
    kind: 'value',
    about: label,
    explanation: `Sources disagree on ${label}: ${said.join(' against ')}.`,
    claims: sides.map((c) => c.id),
    evidence: sides.flatMap((c) => c.evidence.map((e) => ({ ...e, value: e.value! }))),
  };
  return { claims, conflicts: [conflict] };
}
