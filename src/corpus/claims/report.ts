import type { Claim, Conflict, CrossCheckResult, Evidence } from './types.ts';

/** Defaults: how many evidence sentences an item shows (the rest are counted). */
export const REPORT_DEFAULTS = { maxEvidence: 6 };

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

/** One claim as an item: the claim in one sentence with who reports it, then its evidence. */
function claimItem(claim: Claim, max: number): string[] {
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
 * The Markdown report: Contested (each conflict explained, both sides' sentences quoted), Established
 * (corroborated claims) and Single-source claims, each item naming its outlets and quoting its evidence.
 */
export function renderMarkdown(result: CrossCheckResult, options = REPORT_DEFAULTS): string {
  const established = result.claims.filter((c) => c.status === 'corroborated');
  const single = result.claims.filter((c) => c.status === 'single-source');
  const lines = ['# What the coverage establishes', '', `## Contested (${result.conflicts.length})`, ''];
  for (const conflict of result.conflicts)
    lines.push(`- ${conflict.explanation}`, ...conflictLines(conflict, options.maxEvidence));
  lines.push('', `## Established (${established.length})`, '');
  for (const claim of established) lines.push(...claimItem(claim, options.maxEvidence));
  lines.push('', `## Single-source (${single.length})`, '');
  for (const claim of single) lines.push(...claimItem(claim, options.maxEvidence));
  return `${lines.join('\n')}\n`;
}
