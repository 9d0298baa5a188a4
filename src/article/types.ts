import type { Message } from './message.ts';
import type { ArticleEntities } from '../stages/entities/types.ts';
import type { Quote } from '../stages/quotes/types.ts';
import type { DateMention } from '../stages/dates/types.ts';
import type { Quantity } from '../stages/quantities/types.ts';
import type { Provenance } from '../stages/provenance/index.ts';
import type { Proposition } from '../stages/propositions/types.ts';
import type { Span } from './span.ts';

/** How an input's content is to be read. */
export type InputFormat = 'text' | 'html';

/** Metadata that comes with an input rather than from its content (JSON record fields, a sidecar file). */
export interface SourceMeta {
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  /** When the page was captured (a web archive's record date): the publication date when nothing else gives one. */
  captured?: string;
}

/** One article as read from disk, before any stage has run. */
export interface RawInput {
  /** The input path as the user gave it (joined with the relative path inside a directory). */
  path: string;
  /** 1-based line (JSON Lines) or index (JSON array) of the record inside `path`, when there is one. */
  record?: number;
  format: InputFormat;
  /** The original bytes (for a JSON record: the record's own JSON). Kept so articles can be re-analysed. */
  bytes: Uint8Array;
  /** The content decoded to a string. */
  content: string;
  /** The character encoding the bytes were decoded from. */
  encoding: string;
  meta: SourceMeta;
}

/** A piece of the input that the clean stage left out, and why. */
export interface Removal {
  text: string;
  /** A short human explanation, e.g. "share bar". */
  reason: string;
  /** The rule that removed it, e.g. "clean/share-bar". */
  ruleId: string;
  /** 1-based line of the input text (after HTML extraction, of the extracted text). */
  line?: number;
  /** The language of the removed text, when the language stage could tell. */
  language?: string;
}

/** A block of the cleaned text: the title, a heading or a paragraph. */
export interface Paragraph extends Span {
  kind: 'title' | 'heading' | 'paragraph';
}

/** The language of one paragraph (ISO 639-1), with the detector's confidence in [0, 1]. */
export interface LanguageSpan extends Span {
  language: string;
  score: number;
}

/** One sentence; `paragraph` is its index in `paragraphs`. */
export interface Sentence extends Span {
  paragraph: number;
}

/** What is known about an article apart from its text. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  published?: string;
  /** True when `published` was inferred from the text rather than given by metadata. */
  publishedInferred?: boolean;
  language?: string;
  byline?: string;
  url?: string;
}

/** Everything the per-article stages add. Each key is filled by one stage; later issues add keys. */
export interface Annotations {
  removed: Removal[];
  paragraphs: Paragraph[];
  languages: LanguageSpan[];
  sentences: Sentence[];
  entities: ArticleEntities;
  quotes: Quote[];
  dates: DateMention[];
  quantities: Quantity[];
  propositions: Proposition[];
  provenance: Provenance;
}

/** The article: cleaned text, annotations pointing into it, and the messages raised on the way. */
export interface Article {
  /** Hash of the normalised text (scoped by outlet), so the same article never lands twice. */
  id: string;
  source: { path?: string; url?: string; record?: number };
  meta: ArticleMeta;
  /** The cleaned text every span points into. */
  text: string;
  annotations: Partial<Annotations>;
  messages: Message[];
}
