import type { Span } from './span.ts';

/** How serious a message is: `info` is a note, `warning` a doubt, `error` a failure of one stage or input. */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A warning, note or failure carried as data with the article (never printed by a stage).
 * `source` names the stage (or reader) that raised it, `ruleId` the rule inside it.
 */
export interface Message {
  reason: string;
  ruleId: string;
  source: string;
  severity: Severity;
  span?: Span;
  /** True when the stage could not produce its annotation at all. */
  fatal?: boolean;
}

/** Builds a message; a helper so stages read `info('…', 'rule', 'clean')` rather than object literals. */
export function message(
  severity: Severity,
  reason: string,
  ruleId: string,
  source: string,
  extra: { span?: Span; fatal?: boolean } = {},
): Message {
  return { reason, ruleId, source, severity, ...extra };
}
