import type { Message } from '../article/message.ts';
import type { Annotations, ArticleMeta, RawInput } from '../article/types.ts';

/** What a stage sees: the input, the text and metadata so far, and the annotations of earlier stages. */
export interface Draft {
  readonly input: RawInput;
  readonly text: string;
  readonly meta: Readonly<ArticleMeta>;
  readonly annotations: Readonly<Partial<Annotations>>;
}

/** What a stage returns; the runner merges it into the draft. Only the clean stage returns `text`. */
export interface StageOutput {
  text?: string;
  meta?: Partial<ArticleMeta>;
  annotations?: Partial<Annotations>;
  messages?: Message[];
}

/** Services handed to every stage. Stages touch no file, store or network. */
export interface StageContext {
  /** Lazy debug output: the function is only called when debugging is on. */
  debug(make: () => string): void;
}

/** A per-article stage: pure, never mutates the draft, returns its annotation. */
export interface Stage {
  readonly name: string;
  /** Names of the stages whose output this one reads; if one of them failed, this one is skipped. */
  readonly needs: readonly string[];
  run(draft: Draft, ctx: StageContext): StageOutput;
}
