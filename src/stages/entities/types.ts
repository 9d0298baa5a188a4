import type { Span } from '../../article/span.ts';

/** What an entity is. `unknown`: a name the article alone cannot type; the corpus may. */
export type EntityType = 'person' | 'organisation' | 'place' | 'unknown';

/** One mention of an entity in the article text. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The article-level entity (cluster) it belongs to: an index into `clusters`. */
  cluster: number;
  /** A proper name, or a description that names a role ("the Ukrainian leader"). */
  kind: 'name' | 'description';
}

/** A role stated for a person: "NATO Secretary General", "Former U.S. President". */
export interface RoleMention extends Span {
  /** The words that state it, exactly. */
  text: string;
  /** The title, normalised for comparison: "Secretary General", "President". */
  title: string;
  /** The organisation or country it is held in, as written ("NATO", "U.S.", "Russian"). */
  org?: string;
  /** The country, when the org names one ("Russian" → "Russia"). */
  country?: string;
  former?: boolean;
  /** The person (cluster) who holds it. */
  cluster: number;
}

/** An entity as one article knows it: its name variants and roles there. */
export interface LocalEntity {
  id: number;
  type: EntityType;
  /** The fullest name the article gives. */
  name: string;
  /** Every name the article uses for it (as written, without titles). */
  names: string[];
  /** Countries the article ties it to ("Ukraine’s Volodymyr Zelensky", "Russian Foreign Minister …"). */
  countries: string[];
}

/** The entities annotation of one article. */
export interface ArticleEntities {
  mentions: EntityMention[];
  clusters: LocalEntity[];
  roles: RoleMention[];
}
