/**
 * Events and storylines: incremental clustering of articles into the real-world events they report
 * (a new article joins an event or starts one; nothing else is recomputed), and storylines that link
 * the events of one story in time order. See README.md for the method and its defaults.
 */
export {
  articleTitle,
  clusterArticle,
  EVENT_DEFAULTS,
  type ClusterIndex,
  type ClusterStep,
  type EventOptions,
  bisect,
  type EventMember,
  type EventRecord,
  type IndexedArticle,
  type NewArticle,
  type Posting,
} from './update.ts';
export { articleTerms, clusterInput, type ClusterInput, type TermVector } from './terms.ts';
export { cosine, dayNumber, inverseFrequency, isoDay, timeFactor } from './similarity.ts';
export { orderStoryline, type StorylineEvent } from './storylines.ts';
