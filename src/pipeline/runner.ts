import { createHash } from 'node:crypto';
import { message, type Message } from '../article/message.ts';
import type { Annotations, Article, ArticleMeta, RawInput } from '../article/types.ts';
import type { Draft, Stage, StageContext } from './stage.ts';

/** Text normalised for identity: Unicode NFKC, whitespace collapsed, case folded. */
export function normaliseForId(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The article id: a hash of the normalised text, scoped by the outlet when one is known, so that
 * reading the same page twice is a no-op while a verbatim copy on another site is a second publication
 * (which the copy detection then links to the first).
 */
export function articleId(text: string, outlet?: string): string {
  const scope = outlet ? normaliseForId(outlet) : '';
  return createHash('sha256')
    .update(`${scope}\u0000${normaliseForId(text)}`)
    .digest('hex')
    .slice(0, 16);
}

const quietContext: StageContext = { debug: () => {} };

/** Limits of one article's run. */
export interface PipelineOptions {
  /** Milliseconds one article may take through all stages; past it the article is given up. */
  budgetMs?: number;
  /** The clock (milliseconds), for tests. */
  now?: () => number;
}

/** The default time budget of one article: real articles take well under a second. */
export const ARTICLE_BUDGET_MS = 30_000;

/** An article given up because its stages took longer than the budget. */
export class OverBudgetError extends Error {
  override readonly name = 'OverBudgetError';
  constructor(
    /** The stage that was running when the budget ran out. */
    readonly stage: string,
    readonly elapsedMs: number,
    readonly budgetMs: number,
  ) {
    super(
      `took ${(elapsedMs / 1000).toFixed(1)} s (up to stage "${stage}"), over the time budget of ` +
        `${(budgetMs / 1000).toFixed(1)} s for one article: not stored`,
    );
  }
}

/**
 * Runs the stages in order over one input. A stage that throws becomes a fatal message of its own;
 * stages that need its output are skipped with a message, the others still run. With a time budget,
 * the clock is read after each stage and an article over it is given up (`OverBudgetError`): the stages
 * are linear in their input, so the budget guards against the unforeseen, not against known inputs.
 */
export function runPipeline(
  input: RawInput,
  stages: readonly Stage[],
  ctx: StageContext = quietContext,
  options: PipelineOptions = {},
): Article {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let text = '';
  let meta: ArticleMeta = {};
  let annotations: Partial<Annotations> = {};
  const messages: Message[] = [];
  const failed = new Set<string>();

  for (const stage of stages) {
    const missing = stage.needs.find((name) => failed.has(name));
    if (missing) {
      failed.add(stage.name);
      messages.push(message('warning', `skipped because stage "${missing}" failed`, 'pipeline/skipped', stage.name));
      continue;
    }
    const draft: Draft = { input, text, meta, annotations };
    try {
      const out = stage.run(draft, ctx);
      if (out.text !== undefined) text = out.text;
      if (out.meta) meta = { ...meta, ...dropUndefined(out.meta) };
      if (out.annotations) annotations = { ...annotations, ...out.annotations };
      if (out.messages) messages.push(...out.messages);
    } catch (error) {
      failed.add(stage.name);
      const reason = error instanceof Error ? error.message : String(error);
      messages.push(message('error', reason, 'pipeline/stage-failed', stage.name, { fatal: true }));
    }
    const elapsed = now() - started;
    if (options.budgetMs !== undefined && elapsed > options.budgetMs)
      throw new OverBudgetError(stage.name, elapsed, options.budgetMs);
  }

  return {
    id: articleId(text, meta.outlet),
    source: { path: input.path, url: meta.url ?? input.meta.url, record: input.record },
    meta,
    text,
    annotations,
    messages,
  };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
