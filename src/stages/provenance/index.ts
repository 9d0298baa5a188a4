/**
 * The provenance stage: where an article comes from, as its own text and chrome tell.
 *
 * - `relay`: a wire's story carried by another outlet — the wire's dateline ("WASHINGTON (AP) —",
 *   "CADDENFORD, March 11 (Northgate Wire) -"), a source who "told the Associated Press" (an interview
 *   only the wire's reporter had), or "The Associated Press contributed to this report".
 * - `copy`: another site's article reproduced — the lines scrapers and aggregators leave ("Source link",
 *   "The post … appeared first on X", "originally published by X"), in the text or in the chrome the
 *   clean stage removed.
 * - `analysis`: commentary on others' reports rather than reporting — a summing-up of "all reports", an
 *   "Analysis:" or "Opinion:" label, several rhetorical questions in the outlet's own voice.
 * - `reporting`: none of these.
 *
 * Each signal is kept with the words that gave it. The cross-check counts a relay or a copy for the
 * outlet it names (so that two outlets carrying one wire story count once). Pure; the word lists are data
 * (`src/locales/en/provenance.ts`).
 */
import type { Annotations, Removal } from '../../article/types.ts';
import { ANALYSIS_OPENERS, COPY_LINES, WIRE_CREDIT, WIRES } from '../../locales/en/provenance.ts';
import type { Stage, StageOutput } from '../../pipeline/stage.ts';
import type { Span } from '../../article/span.ts';
import type { Quote } from '../quotes/types.ts';

/** One thing the article says of where it comes from. */
export interface ProvenanceSignal {
  kind: 'relay' | 'copy' | 'analysis';
  /** The outlet or wire it names, when it names one. */
  of?: string;
  reason: string;
  ruleId: string;
  /** The words that say it. */
  text: string;
  /** Where, when they are in the article's text (not in removed chrome). */
  start?: number;
  end?: number;
}

export interface Provenance {
  kind: 'reporting' | 'relay' | 'copy' | 'analysis';
  /** The outlet or wire the article comes from, when its text names it. */
  of?: string;
  signals: ProvenanceSignal[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WIRE_ALIASES = WIRES.flatMap((w) => w.aliases.map((a) => [a, w.name] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const WIRE_NAME = new Map(WIRE_ALIASES.map(([alias, name]) => [alias.toLowerCase(), name]));
const WIRE_NAMES = new Set(WIRES.map((w) => w.name));
const WIRE_ALTERNATION = WIRE_ALIASES.map(([a]) => escape(a)).join('|');

/**
 * A dateline naming the outlet whose story it is: "(AP) —", "March 11 (Northgate Wire) -", at the head
 * of the text's first or second line (the body's first line, after the title).
 */
const DATELINE_OUTLET = /^(?:[^\n]*\n+)?[^\n]{0,120}?\((?<of>[A-Z][\w.&'’ -]{0,40}?)\)\s*(?:--|[-–—])\s/u;

/** "told the Associated Press", "told AP". */
const TOLD_WIRE = new RegExp(`\\btold (?:the )?(?<wire>${WIRE_ALTERNATION})\\b`, 'g');

/** The wire's canonical name, or the words as written when they name no known wire. */
function wireName(words: string): string {
  return WIRE_NAME.get(words.toLowerCase()) ?? words.trim();
}

/** True when a span lies inside one of the article's direct quotes. */
function quoted(quotes: readonly Quote[], span: Span): boolean {
  return quotes.some((q) => q.kind === 'direct' && q.start <= span.start && span.end <= q.end);
}

/** Where an article comes from, from its text, sentences, quotes and the chrome removed from it. */
export function findProvenance(
  text: string,
  options: { outlet?: string; sentences?: readonly Span[]; quotes?: readonly Quote[]; removed?: readonly Removal[] },
): Provenance {
  const signals: ProvenanceSignal[] = [];
  const own = options.outlet?.toLowerCase();
  const notOwn = (name: string) => name.toLowerCase() !== own && !own?.includes(name.toLowerCase());
  const quotes = options.quotes ?? [];

  // Relay: a dateline naming another outlet, a source who told the wire, a wire credited at the foot.
  const dateline = DATELINE_OUTLET.exec(text.slice(0, 600));
  if (dateline && notOwn(wireName(dateline.groups!.of!))) {
    const at = dateline[0].lastIndexOf(`(${dateline.groups!.of!})`);
    signals.push({
      kind: 'relay',
      of: wireName(dateline.groups!.of!),
      reason: 'a dateline naming another outlet',
      ruleId: 'provenance/dateline',
      text: `(${dateline.groups!.of!})`,
      start: at,
      end: at + dateline.groups!.of!.length + 2,
    });
  }
  for (const m of text.matchAll(TOLD_WIRE)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    const of = wireName(m.groups!.wire!);
    if (quoted(quotes, span) || !notOwn(of)) continue;
    signals.push({
      kind: 'relay',
      of,
      reason: `a source who told ${of}`,
      ruleId: 'provenance/told-wire',
      text: m[0],
      ...span,
    });
  }
  const lines: { text: string; start?: number; end?: number; removed: boolean }[] = [];
  for (const m of text.matchAll(/[^\n]+/g))
    lines.push({ text: m[0].trim(), start: m.index!, end: m.index! + m[0].length, removed: false });
  for (const r of options.removed ?? [])
    for (const l of r.text.split('\n')) lines.push({ text: l.trim(), removed: true });
  for (const line of lines) {
    const where = line.removed ? {} : { start: line.start!, end: line.end! };
    const credit = WIRE_CREDIT.exec(line.text);
    // A wire, not the outlet's own reporters ("Fox News' Matt Richardson … contributed to this report").
    const credited = credit ? wireName(credit.groups!.wire!) : undefined;
    if (
      credited &&
      (WIRE_NAMES.has(credited) || /\b(?:wire|news agency|press agency)$/i.test(credited)) &&
      notOwn(credited)
    ) {
      signals.push({
        kind: 'relay',
        of: credited,
        reason: 'a wire credited for the report',
        ruleId: 'provenance/wire-credit',
        text: line.text,
        ...where,
      });
      continue;
    }
    for (const pattern of COPY_LINES) {
      const m = pattern.exec(line.text);
      if (!m) continue;
      const of = m.groups?.of?.trim();
      if (of && !notOwn(of)) break;
      signals.push({
        kind: 'copy',
        ...(of ? { of } : {}),
        reason: line.removed ? 'a line scrapers leave (in the removed chrome)' : 'a line scrapers leave',
        ruleId: 'provenance/copy-line',
        text: line.text,
        ...where,
      });
      break;
    }
  }

  // Analysis: a summing-up of others' reports or a label; rhetorical questions in the outlet's voice.
  const sentences = options.sentences ?? [];
  let questions = 0;
  for (const s of sentences) {
    const words = text.slice(s.start, s.end).trim();
    const opener = ANALYSIS_OPENERS.find((p) => p.test(words));
    if (opener) {
      signals.push({
        kind: 'analysis',
        reason: 'it sums up or comments on others’ reports',
        ruleId: 'provenance/analysis-opener',
        text: words.slice(0, 80),
        start: s.start,
        end: s.start + Math.min(words.length, 80),
      });
    }
    if (words.endsWith('?') && !quoted(quotes, { start: s.end - 2, end: s.end - 1 }) && !/["”’]\s*\?$/.test(words))
      questions++;
  }
  if (questions >= 2 && signals.some((x) => x.kind === 'analysis'))
    signals.push({
      kind: 'analysis',
      reason: `${questions} questions asked in the outlet’s own voice`,
      ruleId: 'provenance/rhetorical-questions',
      text: `${questions} questions`,
    });

  // The kind: a copy or a relay names where the text comes from; analysis is what the text does.
  const copy = signals.filter((x) => x.kind === 'copy');
  const relay = signals.filter((x) => x.kind === 'relay');
  const kind: Provenance['kind'] = copy.length
    ? 'copy'
    : relay.length
      ? 'relay'
      : signals.some((x) => x.kind === 'analysis')
        ? 'analysis'
        : 'reporting';
  const of = (kind === 'copy' ? copy : kind === 'relay' ? relay : []).find((x) => x.of)?.of;
  return { kind, ...(of ? { of } : {}), signals };
}

/** The provenance stage: `annotations.provenance`. */
export function provenance(): Stage {
  return {
    name: 'provenance',
    needs: ['sentences'],
    run({ text, meta, annotations }, ctx): StageOutput {
      const found = findProvenance(text, {
        ...(meta.outlet ? { outlet: meta.outlet } : {}),
        sentences: annotations.sentences ?? [],
        quotes: annotations.quotes ?? [],
        removed: annotations.removed ?? [],
      });
      ctx.debug(
        () => `provenance: ${found.kind}${found.of ? ` of ${found.of}` : ''} (${found.signals.length} signals)`,
      );
      return { annotations: { provenance: found } as Partial<Annotations> };
    },
  };
}
