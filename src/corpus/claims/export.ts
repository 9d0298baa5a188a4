import type { CrossCheckResult } from './types.ts';

/** The claims and conflicts as the JSON export carries them (docs/json-export.md): spans and values only. */
export function exportClaims(result: CrossCheckResult): {
  claims: {
    id: string;
    kind: string;
    statement: string;
    status: string;
    established: boolean;
    evidence: { article: string; start: number; end: number; value?: string }[];
  }[];
  conflicts: {
    id: string;
    kind: string;
    about: string;
    explanation: string;
    evidence: { article: string; start: number; end: number; value: string }[];
  }[];
} {
  return {
    claims: result.claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      statement: c.statement,
      status: c.status,
      established: c.established,
      evidence: c.evidence.map((e) => ({
        article: e.article,
        start: e.start,
        end: e.end,
        ...(e.value !== undefined ? { value: e.value } : {}),
      })),
    })),
    conflicts: result.conflicts.map((c) => ({
      id: c.id,
      kind: c.kind,
      about: c.about,
      explanation: c.explanation,
      evidence: c.evidence.map((e) => ({ article: e.article, start: e.start, end: e.end, value: e.value })),
    })),
  };
}
