/** The events and storylines as readers see them, from what the clustering stored. */
import { NotFoundError } from '../../errors.ts';
import type { ClusterStore } from '../port.ts';
import { isoDay } from './similarity.ts';
import { orderStoryline } from './storylines.ts';

/** The id an event is shown and exported under. */
export function eventId(id: number): string {
  return `ev_${id}`;
}

/** The id a storyline is shown under. */
export function storylineId(id: number): string {
  return `st_${id}`;
}

/** One event as listed and exported. */
export interface EventSummary {
  id: string;
  storyline: string;
  title: string;
  /** First and last publication day of its dated articles (YYYY-MM-DD). */
  firstDate?: string;
  lastDate?: string;
  /** Its articles, oldest first. */
  articles: string[];
}

/**
 * All events (or only those given, in the same order), by storyline (in order of their first event) and
 * in time order within each.
 */
export function listEvents(index: ClusterStore, only?: readonly number[]): EventSummary[] {
  const { events, members } = index.events(only);
  const wanted = only && new Set(only);
  const byStoryline = new Map<number, typeof events>();
  for (const e of events) {
    const list = byStoryline.get(e.storyline);
    if (list) list.push(e);
    else byStoryline.set(e.storyline, [e]);
  }
  const out: EventSummary[] = [];
  for (const [storyline, list] of byStoryline) {
    for (const e of orderStoryline(list)) {
      if (wanted && !wanted.has(e.id)) continue;
      out.push({
        id: eventId(e.id),
        storyline: storylineId(storyline),
        title: e.title,
        ...(e.firstDay !== undefined ? { firstDate: isoDay(e.firstDay) } : {}),
        ...(e.lastDay !== undefined ? { lastDate: isoDay(e.lastDay) } : {}),
        articles: members.get(e.id) ?? [],
      });
    }
  }
  return out;
}

/** One event by id (`ev_12` or `12`), or the NotFoundError a user can act on. */
export function findEvent(events: readonly EventSummary[], ref: string): EventSummary {
  const id = eventId(Number(ref.replace(/^ev_/, '')));
  const event = events.find((e) => e.id === id);
  if (!event) throw new NotFoundError(`no event ${ref} (see "triangulate events")`);
  return event;
}
