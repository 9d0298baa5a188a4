/**
 * The cross-check's results as they are kept and read back: a partition's result (`r:<partition>`, its
 * evidence packed), the report's view of it (`v:`, and `w:` for each claim's item), and the readers that
 * put the partitions together — every claim listed once with its status, the conflicts in order, each
 * person's positions as timelines. The claims stage (incremental.ts) writes them; the readers of the store (the report, the
 * export, the server) read them through this module alone, which works nothing out again and loads
 * none of the cross-check's matching.
 */
import type { ItemStore } from '../items.ts';
import { reversalIssue } from './issues.ts';
import { eachSpan, packedClaim } from './packed.ts';
import { claimItem, REPORT_DEFAULTS, type ReportClaim } from './report.ts';
import { isEstablished } from './salience.ts';
import type { Claim, Conflict, CrossCheckResult, Evidence, Position } from './types.ts';

/** A partition's result. */
export interface PartitionItem {
  claims: Claim[];
  conflicts: Conflict[];
  /** Entities it names (for renames), offices its holder claims are to. */
  entities: string[];
  offices: string[];
  /** Its holder claims, for the conflicts of their offices. */
  holders: {
    claim: string;
    entity: string;
    name: string;
    title: string;
    org: string;
    office: string;
    /** The days its articles were published (roles.ts `RoleClaim.days`). */
    days?: number[];
  }[];
  /** A fact partition's input (a digest of its frames): the same input is not matched again. */
  input?: string;
  /** A person's positions on issues (a stance partition's). */
  positions?: Position[];
  /** Its fact claims whose outlets share words of their own around the quotes (`sharesOwnWords`). */
  beyond?: string[];
}

/** Evidence as it is kept: without the words of its sentence when they are the words of its span. */
function packEvidence<E extends Evidence>(e: E): E {
  return e.sentence.text === e.text ? { ...e, sentence: { start: e.sentence.start, end: e.sentence.end } } : e;
}

/** Evidence as `packEvidence` keeps it, whole again. */
function unpackEvidence<E extends Evidence>(e: E): E {
  return e.sentence.text === undefined ? { ...e, sentence: { ...e.sentence, text: e.text } } : e;
}

/**
 * A partition's result as it is kept: the words of a piece of evidence's sentence are left out when
 * they are the words of its span (a fact's evidence is its sentence), and put back when it is read.
 */
export function packed(part: PartitionItem): PartitionItem {
  return {
    ...part,
    claims: part.claims.map((c) => ({ ...c, evidence: c.evidence.map(packEvidence) })),
    conflicts: part.conflicts.map((c) => ({ ...c, evidence: c.evidence.map(packEvidence) })),
    ...(part.positions ? { positions: part.positions.map((p) => ({ ...p, evidence: packEvidence(p.evidence) })) } : {}),
  };
}

/** A partition's result as `packed` keeps it, whole again (a new object: the kept one is not changed). */
export function unpacked(part: PartitionItem | undefined): PartitionItem | undefined {
  if (!part) return undefined;
  return {
    ...part,
    claims: part.claims.map((c) => ({ ...c, evidence: c.evidence.map(unpackEvidence) })),
    conflicts: part.conflicts.map((c) => ({ ...c, evidence: c.evidence.map(unpackEvidence) })),
    ...(part.positions
      ? { positions: part.positions.map((p) => ({ ...p, evidence: unpackEvidence(p.evidence) })) }
      : {}),
  };
}

/**
 * A partition's result as the report reads it (`claimReportOf`): its conflicts with the words the report
 * quotes (`reportConflict`); each claim without its evidence but with the evidence's spans and outlets
 * in one array — article, start, end, outlet for each, article and outlet numbered in `names`, as are
 * the claim's sources and outlets (a name is read once per view, not once per claim) — which is
 * all that deciding what is listed once and counting claims per outlet read, and without what the
 * report works out again or does not print (its status, what it is about). Each claim's item, already
 * written (`claimItem`), is kept apart (`itemKey`): the report reads the items of the claims it
 * prints only. A store of ten thousand articles holds ten thousand views, each read by every report: what
 * they leave out is not read.
 */
interface ReportView {
  names: string[];
  claims: (Omit<Claim, 'evidence' | 'status' | 'established' | 'about' | 'sources' | 'outlets'> & {
    spans: number[];
    sources: number[];
    outlets: number[];
  })[];
  conflicts: Conflict[];
  beyond?: string[];
}

/**
 * Where a claim's item (`claimItem`) is kept: one item per claim, `w:<partition>|<index in its view>`. A
 * partition of a story's facts holds hundreds of claims, and the report reads the items of the claims it
 * prints only — a few hundred claims of as many partitions, each item read alone.
 */
export function itemKey(partition: string, index: number): string {
  return `w:${partition}|${index}`;
}

/** The items of a partition's claims (`claimItem`), in the order of its report view. */
export function reportItems(claims: readonly Claim[]): string[][] {
  return claims.map((c) => claimItem(c));
}

export function reportView(part: PartitionItem): ReportView {
  const names: string[] = [];
  const index = new Map<string, number>();
  const id = (name: string) => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.push(name) - 1;
      index.set(name, i);
    }
    return i;
  };
  return {
    names,
    claims: part.claims.map((claim) => {
      const { evidence, status: _status, established: _established, about: _about, ...rest } = claim;
      return {
        ...rest,
        sources: claim.sources.map(id),
        outlets: claim.outlets.map(id),
        spans: evidence.flatMap((e) => [id(e.article), e.start, e.end, id(e.outlet)]),
      };
    }),
    conflicts: part.conflicts.map(reportConflict),
    ...(part.beyond ? { beyond: part.beyond } : {}),
  };
}

/**
 * A conflict as the report prints it: each side quotes the sentences of its first
 * `REPORT_DEFAULTS.maxEvidence` articles and sentences and counts the rest, and names the outlet and
 * value of every piece (what each outlet says). The rest of the evidence keeps its place (article,
 * sentence, outlet, value, source) without its words, and no piece keeps the words of its span (the
 * report quotes sentences): a conflict can hold thousands of pieces of evidence.
 */
function reportConflict(conflict: Conflict): Conflict {
  const shown = new Map<string, Set<string>>();
  return {
    ...conflict,
    evidence: conflict.evidence.map((e) => {
      const seen = shown.get(e.value) ?? shown.set(e.value, new Set()).get(e.value)!;
      const key = `${e.article}:${e.sentence.start}`;
      const quoted = !seen.has(key) && seen.add(key).size <= REPORT_DEFAULTS.maxEvidence;
      return { ...e, text: '', sentence: { ...e.sentence, text: quoted ? e.sentence.text : '' } };
    }),
  };
}

/**
 * A report view as a partition's result: evidence packed (spans and outlets, without words, made into
 * objects only when asked for); each claim's item read when it is asked for (`item`: the item of the
 * view's claim at that index).
 */
function fromReportView(
  view: ReportView,
  item: (index: number) => string[] | undefined,
): { claims: ReportClaim[]; conflicts: Conflict[]; beyond?: string[] } {
  const { names } = view;
  return {
    claims: view.claims.map(({ spans, sources, outlets, ...claim }, index) =>
      packedClaim(
        // Status and `established` are the corpus's, set when the partitions are put together.
        {
          about: '',
          status: 'single-source',
          established: false,
          ...claim,
          sources: sources.map((i) => names[i]!),
          outlets: outlets.map((i) => names[i]!),
          lines: () => item(index),
        },
        { names, spans },
      ),
    ),
    conflicts: view.conflicts.map((c) => ({ ...c, evidence: c.evidence.map(unpackEvidence) })),
    ...(view.beyond ? { beyond: view.beyond } : {}),
  };
}

const KIND_ORDER: Record<string, number> = { f: 0, q: 1, r: 2, s: 3 };
const CONFLICT_ORDER: Record<string, number> = { denial: 0, actor: 1, reversal: 2, value: 3, holder: 4, former: 5 };

/**
 * The cross-check's results as readers see them: every claim and conflict (or those of some articles),
 * a claim's status from the conflicts it is in and its independent sources.
 */
export function claimResultsOf(
  items: ItemStore,
  scope?: { articles: readonly string[]; statements: readonly string[] },
): CrossCheckResult {
  let parts: [string, PartitionItem][];
  let holders: Conflict[];
  if (!scope) {
    parts = [...items.scan<PartitionItem>('r:')].map(([k, p]) => [k, unpacked(p)!] as [string, PartitionItem]);
    holders = [...items.scan<Conflict>('h:')].map(([, c]) => c);
  } else {
    // Only the partitions of some articles (and their statements), and the offices they claim.
    const keys = new Set(scope.statements.map((id) => `s|${id}`));
    for (const a of scope.articles)
      for (const p of items.get<{ partitions: string[] }>(`a:${a}`)?.partitions ?? []) keys.add(p);
    parts = [...keys].flatMap((k) => {
      const part = unpacked(items.get<PartitionItem>(`r:${k}`));
      return part ? [[`r:${k}`, part] as [string, PartitionItem]] : [];
    });
    holders = [...new Set(parts.flatMap(([, p]) => p.offices))]
      .sort()
      .flatMap((o) => items.get<Conflict>(`h:${o}`) ?? []);
  }
  return assembled(parts, holders);
}

/**
 * What the report (`triangulate check`) reads: every claim and conflict as `claimResultsOf` gives them,
 * except that a claim's evidence carries its words only where the report quotes them (the first
 * `REPORT_DEFAULTS.maxEvidence` sentences of different articles); the rest are spans, outlets and
 * sources. Read from each partition's report view, a small part of its result: a large store answers
 * at once. No positions.
 */
export function claimReportOf(items: ItemStore): CrossCheckResult {
  const parts = [...items.scan<ReportView>('v:')].map(([k, v]) => {
    const partition = k.slice(2);
    return [k, fromReportView(v, (i) => items.get<string[]>(itemKey(partition, i)))] as [string, Assembled];
  });
  const holders = [...items.scan<Conflict>('h:')].map(([, c]) => c);
  const result = assembled(parts, holders);
  return { claims: result.claims, conflicts: result.conflicts, positions: [] };
}

/** What `assembled` reads of a partition's result. */
type Assembled = Pick<PartitionItem, 'claims' | 'conflicts' | 'positions' | 'beyond'>;

/** The partitions' results as one: conflicts, claims listed once with their statuses, positions. */
function assembled(parts: [string, Assembled][], holders: Conflict[]): CrossCheckResult {
  parts.sort(([a], [b]) => KIND_ORDER[a[2]!]! - KIND_ORDER[b[2]!]! || (a < b ? -1 : 1));
  const conflicts = [...parts.flatMap(([, p]) => p.conflicts), ...holders];
  conflicts.sort((a, b) => CONFLICT_ORDER[a.kind]! - CONFLICT_ORDER[b.kind]! || (a.id < b.id ? -1 : 1));
  const contested = new Set(conflicts.flatMap((c) => c.claims));
  const claims = listedOnce(
    parts.flatMap(([, p]) => p.claims),
    contested,
    new Set(parts.flatMap(([, p]) => p.beyond ?? [])),
  );
  for (const claim of claims) {
    claim.status = contested.has(claim.id) ? 'contested' : claim.sources.length >= 2 ? 'corroborated' : 'single-source';
    claim.established = isEstablished(claim);
  }
  return { claims, conflicts, positions: timelines(parts.flatMap(([, p]) => p.positions ?? [])) };
}

/**
 * Positions as timelines: each person's, issue by issue — positions on one issue share at least two
 * words of it (or all of the shorter's) with the first of the issue — each issue's in time order
 * (undated last), the issues in the order of their first position.
 */
function timelines(positions: readonly Position[]): Position[] {
  const byPerson = new Map<string, Position[]>();
  for (const p of positions) (byPerson.get(p.entity) ?? byPerson.set(p.entity, []).get(p.entity)!).push(p);
  const out: Position[] = [];
  for (const person of [...byPerson.keys()].sort()) {
    const issues: Position[][] = [];
    const list = byPerson.get(person)!.sort((a, b) => (a.day ?? '~').localeCompare(b.day ?? '~'));
    for (const p of list) {
      const same = issues.find((issue) => reversalIssue(issue[0]!.key, p.key));
      if (same) same.push(p);
      else issues.push([p]);
    }
    out.push(...issues.flat());
  }
  return out;
}

/**
 * The claims with each thing listed once. A fact whose sentence is, in every article, the quote of one
 * statement claim with at least as many sources is that statement, listed once (as the statement, which
 * names its speaker); a statement whose quotes all lie in the sentences of one fact claim with at least
 * as many sources is told by that fact, listed once (as the fact, which holds the words around them). A
 * claim a conflict names is always kept.
 */
function listedOnce(claims: Claim[], contested: ReadonlySet<string>, beyond: ReadonlySet<string>): Claim[] {
  /**
   * The spans of the claims of one kind, by article (flat lists: a store holds a million of them), each
   * article's in the order of their starts, with the furthest end reached so far (`reach`): the spans over
   * a piece of evidence are found by halving, not by reading every span of its article.
   */
  type Index = Map<string, Spans>;
  const index = (kind: Claim['kind'], only?: ReadonlySet<string>): Index => {
    const byArticle: Index = new Map();
    for (const c of claims) {
      if (c.kind !== kind) continue;
      eachSpan(c, (article, start, end) => {
        if (only && !only.has(article)) return;
        let list = byArticle.get(article);
        if (!list) byArticle.set(article, (list = { starts: [], ends: [], claims: [], reach: [] }));
        list.starts.push(start);
        list.ends.push(end);
        list.claims.push(c);
      });
    }
    for (const list of byArticle.values()) ordered(list);
    return byArticle;
  };
  // Facts are few beside statements: the statements are indexed in the articles of facts only, the
  // only ones a fact's evidence is looked up in.
  const told = index('fact');
  const quoted = index('statement', new Set(told.keys()));
  if (!quoted.size) return claims;
  /** True when every evidence of `claim` overlaps one claim of `other` with at least as many sources. */
  const within = (claim: Claim, other: Index): boolean => {
    if (contested.has(claim.id)) return false;
    // The claims of `other` over every piece of evidence so far.
    let common: Claim[] | undefined;
    eachSpan(claim, (article, start, end) => {
      const list = other.get(article);
      const here: Claim[] = [];
      if (list) overlapping(list, start, end, (c) => void (here.includes(c) || here.push(c)));
      common = common ? common.filter((c) => here.includes(c)) : here;
      return common.length > 0;
    });
    return (common ?? []).some((c) => c.sources.length >= claim.sources.length);
  };
  // Facts that repeat a statement go first, so that a statement is never dropped for a fact dropped too. A
  // fact whose outlets share words of their own around the quotes ("She pointed to at least 412 homes
  // flooded along the river, which “must be rebuilt first”" / "“At least 412 homes flooded … must be
  // rebuilt first,” she said") tells more than the statement: it is listed, and the statement, told by it,
  // is not (`sharesOwnWords`, decided by the fact partition: `beyond`).
  const facts = new Set(claims.filter((c) => c.kind === 'fact' && (beyond.has(c.id) || !within(c, quoted))));
  const kept = claims.filter((c) => c.kind !== 'fact' || facts.has(c));
  for (const list of told.values()) {
    let j = 0;
    for (let i = 0; i < list.claims.length; i++) {
      if (!facts.has(list.claims[i]!)) continue;
      list.starts[j] = list.starts[i]!;
      list.ends[j] = list.ends[i]!;
      list.claims[j++] = list.claims[i]!;
    }
    list.starts.length = list.ends.length = list.claims.length = j;
    reached(list);
  }
  return kept.filter((c) => c.kind !== 'statement' || !within(c, told));
}

/** The spans of some claims in one article (`listedOnce`). */
interface Spans {
  starts: number[];
  ends: number[];
  claims: Claim[];
  /** The furthest end of the spans up to each. */
  reach: number[];
}

/** Puts an article's spans in the order of their starts (then ends), and works out how far they reach. */
function ordered(list: Spans): void {
  const order = list.starts
    .map((_, i) => i)
    .sort((a, b) => list.starts[a]! - list.starts[b]! || list.ends[a]! - list.ends[b]! || a - b);
  const starts = order.map((i) => list.starts[i]!);
  const ends = order.map((i) => list.ends[i]!);
  const claims = order.map((i) => list.claims[i]!);
  list.starts = starts;
  list.ends = ends;
  list.claims = claims;
  reached(list);
}

/** The furthest end of an article's spans up to each (they are in the order of their starts). */
function reached(list: Spans): void {
  list.reach.length = list.ends.length;
  let far = -Infinity;
  for (let i = 0; i < list.ends.length; i++) list.reach[i] = far = Math.max(far, list.ends[i]!);
}

/** Calls `fn` with the claim of each of an article's spans that overlaps `start`–`end`. */
function overlapping(list: Spans, start: number, end: number, fn: (claim: Claim) => void): void {
  // The spans that start before `end`: those up to `lo`; of them, those that end after `start`.
  let lo = 0;
  let hi = list.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && list.reach[i]! > start; i--) if (list.ends[i]! > start) fn(list.claims[i]!);
}
