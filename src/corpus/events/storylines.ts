/**
 * Storylines: the events of one story (linked while clustering when an article of one is close to
 * another in text though not in time), put in time order so a reader can follow the story.
 */

/** What ordering needs to know of an event. */
export interface StorylineEvent {
  id: number;
  firstDay?: number;
  lastDay?: number;
}

/**
 * The events of a storyline in time order: by first date, then last date; events without a date
 * keep their creation order after the dated ones (their place in time is unknown).
 */
export function orderStoryline<T extends StorylineEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    if (a.firstDay !== undefined && b.firstDay !== undefined)
      return a.firstDay - b.firstDay || (a.lastDay ?? 0) - (b.lastDay ?? 0) || a.id - b.id;
    if (a.firstDay !== undefined) return -1;
    if (b.firstDay !== undefined) return 1;
    return a.id - b.id;
  });
}
