/**
 * THE list of commands, in the order the help lists them. Each is loaded only when it runs, so that
 * `triangulate --help` (or a light command) does not load the NLP models, the store or the server.
 */
import type { Command } from './shared.ts';

/** A command as the program lists it: its name and one line, and how to load it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'read articles, run every stage, print a summary and write the JSON export',
    load: async () => (await import('./analyze/index.ts')).analyze,
  },
  {
    name: 'add',
    summary: 'read articles and store them (the corpus results are brought up to date)',
    load: async () => (await import('./add/index.ts')).add,
  },
  {
    name: 'watch',
    summary: 'read feeds and sitemaps again and again, adding what is new',
    load: async () => (await import('./watch/index.ts')).watch,
  },
  {
    name: 'extract',
    summary: 'clean one page and print its text and metadata (nothing is stored)',
    load: async () => (await import('./extract/index.ts')).extract,
  },
  {
    name: 'search',
    summary: 'full-text search over the stored articles',
    load: async () => (await import('./search/index.ts')).search,
  },
  {
    name: 'entities',
    summary: 'people, organisations and places across the articles; merge, split or rename them',
    load: async () => (await import('./entities/index.ts')).entitiesCommand,
  },
  {
    name: 'quotes',
    summary: 'who said what: quotes with their speakers, and the same statement worded differently',
    load: async () => (await import('./quotes/index.ts')).quotesCommand,
  },
  {
    name: 'timeline',
    summary: 'dated sentences across the stored articles, in date order',
    load: async () => (await import('./timeline/index.ts')).timeline,
  },
  {
    name: 'check',
    summary: 'what the coverage establishes: contested, established and single-source claims, with evidence',
    load: async () => (await import('./check/index.ts')).checkCommand,
  },
  {
    name: 'events',
    summary: 'the events the articles report, by storyline in time order, with copies and rewrites',
    load: async () => (await import('./events/index.ts')).eventsCommand,
  },
  {
    name: 'event',
    summary: 'one event: its articles, dates, storyline and the copies among them',
    load: async () => (await import('./events/index.ts')).eventCommand,
  },
  {
    name: 'export',
    summary: 'write the store in a format: json, csv, md, graphml, gexf, ftm (FollowTheMoney)',
    load: async () => (await import('./export/index.ts')).exportCommand,
  },
  {
    name: 'enqueue',
    summary: 'put inputs on the job queue of a Postgres store, for workers',
    load: async () => (await import('./queue/index.ts')).enqueue,
  },
  {
    name: 'worker',
    summary: 'take inputs off the job queue, store them, keep the corpus results fresh',
    load: async () => (await import('./queue/index.ts')).worker,
  },
  {
    name: 'jobs',
    summary: 'the job queue: counts, and the inputs that failed every try',
    load: async () => (await import('./queue/index.ts')).jobs,
  },
  {
    name: 'serve',
    summary: 'the web UI and the JSON API over the stored articles',
    load: async () => (await import('./serve/index.ts')).serve,
  },
];
