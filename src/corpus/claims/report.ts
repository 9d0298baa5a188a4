import { eachSpan } from './packed.ts';
import { bySalience, isEstablished } from './salience.ts';
import { shorten } from './shorten.ts';
import { OUTLET_SIDES, type Claim, type Conflict, type CrossCheckResult, type Evidence } from './types.ts';

/**
 * Defaults: how many evidence sentences an item shows (the rest are counted), how many established and
 * single-source claims the report lists, most salient first (the rest are counted: a store of thousands
 * of articles holds tens of thousands, which no one reads in a report; every claim is in the JSON export,
 * and `check --all` lists every one), and how many claims an outlet leaves out are named.
 */
export const REPORT_DEFAULTS = { maxEvidence: 6, maxEstablished: 500, maxSingleSource: 100, maxOmitted: 2 };

/** Every claim listed: `check --all` and the Markdown export. */
export const REPORT_ALL: Partial<typeof REPORT_DEFAULTS> = { maxEstablished: Infinity, maxSingleSource: Infinity };

/**
 * What the report may know beyond the claims: each article's event, so that the per-outlet view can say
 * what an outlet leaves out of the events it covers.
 */
export interface ReportContext {
  eventOf?: (article: string) => string | number | undefined;
}

/** Evidence with one line per article and sentence: the same sentence twice proves nothing more. */
function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.article}:${e.sentence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The evidence lines of an item: the outlet (and the value it gives) and the exact sentence, quoted. */
function evidenceLines(evidence: readonly Evidence[], withValue: boolean, max: number): string[] {
  const list = uniqueEvidence(evidence);
  const lines = list
    .slice(0, max)
    .map((e) => `   - ${withValue && e.value ? `${e.value} — ` : ''}${e.outlet}: “${e.sentence.text}”`);
  if (list.length > max) lines.push(`   - … and ${list.length - max} more`);
  return lines;
}

/** The evidence of a conflict, side by side: each value's sentences, up to `max` per side, so no side is cut off. */
function conflictLines(conflict: Conflict, max: number): string[] {
  const values = [...new Set(conflict.evidence.map((e) => e.value))];
  return values.flatMap((v) =>
    evidenceLines(
      conflict.evidence.filter((e) => e.value === v),
      true,
      max,
    ),
  );
}

/** Where each article gives a side of a value conflict: the value's span, and what the conflict is about. */
type DisputedValues = Map<string, { start: number; end: number; about: string }[]>;

function disputedValues(conflicts: readonly Conflict[]): DisputedValues {
  const out: DisputedValues = new Map();
  for (const c of conflicts) {
    if (c.kind !== 'value') continue;
    for (const e of c.evidence)
      (out.get(e.article) ?? out.set(e.article, []).get(e.article)!).push({
        start: e.start,
        end: e.end,
        about: c.about,
      });
  }
  return out;
}

/**
 * What the values a claim's sentences give are disputed about ("the number of homes flooded"): a fact two
 * outlets agree on may carry a number others contest, and the reader is told so where it is listed.
 */
function disputedIn(claim: Pick<Claim, 'evidence'>, disputed: DisputedValues): string[] {
  if (!disputed.size) return [];
  const about = new Set<string>();
  eachSpan(claim, (article, start, end) => {
    for (const v of disputed.get(article) ?? []) if (v.start >= start && v.end <= end) about.add(v.about);
  });
  return [...about].sort();
}

/** "sources dispute the number of homes flooded (see Contested)." */
function valuesNote(about: readonly string[]): string {
  const what = about.length > 1 ? `${about.slice(0, -1).join(', ')} and ${about.at(-1)}` : about[0];
  return `sources dispute ${what} (see Contested).`;
}

/**
 * A claim as the report reads it: with `lines`, its item already written (`claimItem` with the default
 * number of evidence lines), read when asked for — an item depends on the claim alone, not on its status.
 */
export type ReportClaim = Claim & { lines?: () => readonly string[] | undefined };

/** One claim as an item: the claim in one sentence with who reports it, then its evidence. */
export function claimItem(claim: Claim, max: number = REPORT_DEFAULTS.maxEvidence): string[] {
  const n = claim.sources.length;
  const outlets = claim.outlets.join(', ');
  const by =
    n >= 2
      ? `reported by ${outlets} (${n} independent sources)`
      : claim.outlets.length > 1
        ? `one source (${claim.sources[0]}), carried by ${outlets}`
        : `reported only by ${outlets}`;
  return [`- ${claim.statement} — ${by}.`, ...evidenceLines(claim.evidence, false, max)];
}

/**
 * Per outlet: how many claims it carries, what it leaves out — the established claims of the events it
 * covers (an event it has an article in) that it does not carry, the most salient named — and where it
 * states a value or a holder differently from others. `established` is in order of salience.
 */
function outletLines(
  result: CrossCheckResult,
  established: readonly Claim[],
  context: ReportContext,
  maxOmitted: number,
): string[] {
  // One pass over the claims and conflicts (a store may hold thousands of outlets and claims, and a
  // million pieces of evidence): each outlet's tally is found once per article of a claim, and counts a
  // claim once (`last` is the claim it last counted). The same pass notes, for what each outlet leaves
  // out, the established claims by their place in order of salience (`rank`): those each outlet carries
  // (`mine`) and those of each event (`ofEvent`), each once — a claim's pieces are read one after the
  // other, so a list that already ends with the claim has it.
  type Tally = { claims: number; established: number; last: number; covers: Set<string | number>; mine: number[] };
  const carried = new Map<string, Tally>();
  const differs = new Map<string, string[]>();
  const count = (outlet: string) => {
    let n = carried.get(outlet);
    if (!n) carried.set(outlet, (n = { claims: 0, established: 0, last: -1, covers: new Set(), mine: [] }));
    return n;
  };
  const { eventOf } = context;
  const rank = new Map<Claim, number>(established.map((c, i) => [c, i]));
  const ofEvent = new Map<string | number, number[]>();
  result.claims.forEach((c, i) => {
    const listed = c.kind !== 'role';
    const corroborated = listed && isEstablished(c);
    const r = eventOf ? rank.get(c) : undefined;
    let lastArticle: string | undefined;
    let n: Tally | undefined;
    eachSpan(c, (article, _start, _end, outlet) => {
      // Pieces of one article follow one another: its outlet and event are the same.
      if (article === lastArticle && n) return;
      lastArticle = article;
      n = count(outlet);
      // The events each outlet covers.
      const event = eventOf?.(article);
      if (event !== undefined) {
        n.covers.add(event);
        if (r !== undefined) {
          let list = ofEvent.get(event);
          if (!list) ofEvent.set(event, (list = []));
          if (list.at(-1) !== r) list.push(r);
        }
      }
      if (r !== undefined && n.mine.at(-1) !== r) n.mine.push(r);
      if (n.last === i) return;
      n.last = i;
      if (!listed) return;
      n.claims++;
      if (corroborated) n.established++;
    });
  });
  for (const c of result.conflicts) {
    const values = new Map<string, string[]>();
    for (const e of c.evidence) {
      count(e.outlet);
      const own = values.get(e.outlet) ?? values.set(e.outlet, []).get(e.outlet)!;
      if (!own.includes(e.value)) own.push(e.value);
    }
    // Where an outlet states a value itself; a denial's or a reversal's sides are the people's it reports.
    if (!OUTLET_SIDES.has(c.kind)) continue;
    for (const [outlet, own] of values)
      (differs.get(outlet) ?? differs.set(outlet, []).get(outlet)!).push(`${c.about}: ${own.join(', ')}`);
  }
  // What each outlet leaves out: the established claims of the events it covers, each once, less those it
  // carries; the most salient of them named. Each event's claims in order of salience (`established` is:
  // the least ranks first), so that naming the first it leaves out reads the head of each list; the claims
  // in more than one event (`shared`) are the only ones two covered events may both count.
  const omitted = new Map<string, { count: number; of: number; named: string[] }>();
  if (eventOf) {
    const eventsOf: (string | number)[][] = [];
    for (const [event, list] of ofEvent) {
      list.sort((x, y) => x - y);
      for (const i of list) (eventsOf[i] ??= []).push(event);
    }
    const shared = new Map<string | number, number[]>();
    eventsOf.forEach((events, i) => {
      if (events.length > 1)
        for (const event of events) (shared.get(event) ?? shared.set(event, []).get(event)!).push(i);
    });
    const seen = new Int32Array(established.length).fill(-1);
    const mine = new Int32Array(established.length).fill(-1);
    let o = -1;
    for (const [outlet, tally] of carried) {
      o++;
      if (!tally.covers.size) continue;
      let of = 0;
      for (const event of tally.covers) {
        of += ofEvent.get(event)?.length ?? 0;
        for (const i of shared.get(event) ?? []) {
          if (seen[i] === o) of--;
          seen[i] = o;
        }
      }
      // The claims it carries among them.
      let carries = 0;
      for (const i of tally.mine) {
        mine[i] = o;
        if (eventsOf[i]?.some((event) => tally.covers.has(event))) carries++;
      }
      const count = of - carries;
      if (!count) continue;
      /** The most salient it leaves out (the least ranks): from the head of each event's list. */
      const first: number[] = [];
      for (const event of tally.covers) {
        let found = 0;
        for (const i of ofEvent.get(event) ?? []) {
          if (found >= maxOmitted || (first.length >= maxOmitted && i > first.at(-1)!)) break;
          if (mine[i] === o) continue;
          found++;
          if (first.includes(i)) continue;
          first.push(i);
          first.sort((x, y) => x - y);
          if (first.length > maxOmitted) first.pop();
        }
      }
      omitted.set(outlet, {
        count,
        of,
        named: first.map((i) => `“${shorten(established[i]!.statement, 90)}”`),
      });
    }
  }
  return [...carried.keys()].sort().map((outlet) => {
    const { claims, established } = carried.get(outlet)!;
    let line = `- ${outlet}: carries ${claims} claim${claims === 1 ? '' : 's'}, ${established} of them corroborated`;
    const left = omitted.get(outlet);
    if (left?.count)
      line +=
        `; leaves out ${left.count} of the ${left.of} established claim${left.of === 1 ? '' : 's'} of the events it covers` +
        (left.named.length ? ` (${left.named.join(', ')}${left.count > left.named.length ? ', …' : ''})` : '');
    const own = differs.get(outlet) ?? [];
    return own.length ? `${line}; on contested points it says ${own.join('; ')}.` : `${line}.`;
  });
}

/**
 * The Markdown report: Contested (each conflict explained, both sides' sentences quoted), Established
 * (corroborated facts, numbers and statements, most salient first) and Single-source claims (the most
 * salient `maxSingleSource`, the rest counted), each item
 * naming its outlets and quoting its evidence; then By outlet: what each outlet carries and where it
 * states things differently. Roles are not listed (they say who someone is, not what happened): they
 * are on the entity pages, and their conflicts are under Contested.
 */
export function renderMarkdown(
  result: CrossCheckResult,
  settings: Partial<typeof REPORT_DEFAULTS> = {},
  context: ReportContext = {},
): string {
  const options = { ...REPORT_DEFAULTS, ...settings };
  const established = bySalience(result.claims.filter(isEstablished));
  const single = result.claims.filter((c) => c.status === 'single-source' && c.kind !== 'role');
  const conflicts = result.conflicts.length;
  const lines = [
    '# What the coverage establishes',
    '',
    `## Contested (${conflicts} conflict${conflicts === 1 ? '' : 's'})`,
    '',
  ];
  for (const conflict of result.conflicts)
    lines.push(`- ${conflict.explanation}`, ...conflictLines(conflict, options.maxEvidence));
  // Roles two sources agree on are not listed either (they say who someone is): counted, as below.
  const agreedRoles = result.claims.filter((c) => c.status === 'corroborated' && c.kind === 'role').length;
  lines.push(
    '',
    `## Established (${established.length}${agreedRoles ? `, and ${agreedRoles} corroborated role${agreedRoles === 1 ? '' : 's'} on the entity pages` : ''})`,
    '',
  );
  const item = (claim: ReportClaim) =>
    (options.maxEvidence === REPORT_DEFAULTS.maxEvidence ? claim.lines?.() : undefined) ??
    claimItem(claim, options.maxEvidence);
  const disputed = disputedValues(result.conflicts);
  for (const claim of established.slice(0, options.maxEstablished)) {
    const [first, ...rest] = item(claim);
    const about = disputedIn(claim, disputed);
    lines.push(about.length ? `${first!.replace(/\.$/u, '')}; ${valuesNote(about)}` : first!, ...rest);
  }
  const more = established.length - options.maxEstablished;
  if (more > 0)
    lines.push(
      '',
      `… and ${more.toLocaleString('en-US')} more established claims, less salient: \`triangulate check --all\` lists every one.`,
    );
  // Roles stay on the entity pages: said here, so that this count and the summary's agree.
  const roles = result.claims.filter((c) => c.status === 'single-source' && c.kind === 'role').length;
  lines.push(
    '',
    `## Single-source (${single.length}${roles ? `, and ${roles} role${roles === 1 ? '' : 's'} on the entity pages` : ''})`,
    '',
  );
  for (const claim of bySalience(single, options.maxSingleSource)) lines.push(...item(claim));
  const rest = single.length - options.maxSingleSource;
  if (rest > 0)
    lines.push(
      '',
      `… and ${rest.toLocaleString('en-US')} more single-source claims, less salient: \`triangulate check --all\` lists every one.`,
    );
  const byOutlet = outletLines(result, established, context, options.maxOmitted);
  lines.push('', `## By outlet (${byOutlet.length})`, '', ...byOutlet);
  return `${lines.join('\n')}\n`;
}
