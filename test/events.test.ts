/**
 * Events, storylines, copies and rewrites end to end: the example corpus (golden: the planted copy
 * and rewrite and nothing else, two events and the unrelated ferry story), the seed corpus (with
 * publication dates given as metadata), incremental updates, and the events commands.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/app/ingest.ts';
import { eventCommand, eventsCommand } from '../src/cli/events/index.ts';
import type { Io } from '../src/cli/shared.ts';
import { EVENT_DEFAULTS } from '../src/corpus/events/index.ts';
import { listEvents as eventsOf } from '../src/corpus/events/read.ts';
import { clusterStored } from '../src/corpus/events/stage.ts';
import { refreshCorpus } from '../src/corpus/runner.ts';
import { independenceGroups } from '../src/corpus/sources.ts';
import { runPipeline } from '../src/pipeline/runner.ts';
import { articleStages } from '../src/pipeline/stages.ts';
import { readFile } from '../src/read/index.ts';
import { Store } from '../src/store/index.ts';

const listEvents = (store: Store) => eventsOf(store.clusters());
const listCopies = (store: Store) => store.clusters().pairs();
const listGroups = (store: Store) => independenceGroups(store.clusters()).groups;
const groupOf = (store: Store) => independenceGroups(store.clusters()).groupOf;
/** Brings every corpus stage up to date: the clustering of every article not clustered yet, oldest first. */
const clusterPending = (store: Store) => refreshCorpus(store);
import { EXAMPLES } from './helpers/shared.ts';
import { sharedPath } from './helpers/shared.ts';

/** An article's file name (with `:record` for a JSON Lines record), from its stored source. */
function names(store: Store): Map<string, string> {
  const rows = store.db.prepare('SELECT id, path, record FROM articles').all() as {
    id: string;
    path: string;
    record: number | null;
  }[];
  return new Map(rows.map((r) => [r.id, path.basename(r.path) + (r.record ? `:${r.record}` : '')]));
}

/** The events as sorted lists of file names (and their storylines), for order-free comparison. */
function eventsByName(store: Store) {
  const name = names(store);
  return listEvents(store).map((e) => ({
    id: e.id,
    storyline: e.storyline,
    title: e.title,
    firstDate: e.firstDate,
    lastDate: e.lastDate,
    articles: e.articles.map((a) => name.get(a)!).sort(),
  }));
}

const BREACH = [
  'courier-lower-town.html',
  'elfaro-evacuees.txt',
  'herald-dam-breach.txt',
  'ledger-province-funding.html',
  'newsharbor-dam-breach.txt',
  'northgate-wire.jsonl:1',
  'trendpulse-dam-collapse.txt',
  'wbn-dam-failure.html',
];
const INQUIRY = [
  'herald-inquiry-opens.txt.gz',
  'northgate-wire.jsonl:2',
  'northgate-wire.jsonl:3',
  'observer-solvang-testimony.txt',
  'post-hallowell-relay.txt',
];

describe('example corpus (golden)', () => {
  let store: Store;
  let name: Map<string, string>;

  beforeAll(async () => {
    store = Store.open(':memory:');
    const report = await ingest([EXAMPLES], { store });
    expect(report.articles).toHaveLength(14);
    refreshCorpus(store);
    name = names(store);
  });

  it('finds the verbatim copy and the reworded rewrites (one a relay of the wire), and nothing else', () => {
    const pairs = listCopies(store).map((p) => ({ ...p, articles: p.articles.map((a) => name.get(a)) }));
    expect(pairs).toEqual([
      { articles: ['herald-dam-breach.txt', 'newsharbor-dam-breach.txt'], kind: 'copy', similarity: 1 },
      {
        articles: ['wbn-dam-failure.html', 'trendpulse-dam-collapse.txt'],
        kind: 'rewrite',
        similarity: expect.any(Number),
      },
      // The Post carries Northgate Wire's story of Hallowell's evidence in words of its own.
      {
        articles: ['northgate-wire.jsonl:3', 'post-hallowell-relay.txt'],
        kind: 'rewrite',
        similarity: expect.any(Number),
      },
    ]);
    expect(pairs[1]!.similarity).toBeGreaterThan(0.5);
  });

  it('puts each pair in one independence group named by its source', () => {
    const groups = listGroups(store).map((g) => ({
      id: name.get(g.id),
      articles: g.articles.map((a) => name.get(a)).sort(),
    }));
    expect(groups).toHaveLength(3);
    expect(groups).toContainEqual({
      id: 'herald-dam-breach.txt',
      articles: ['herald-dam-breach.txt', 'newsharbor-dam-breach.txt'],
    });
    expect(groups).toContainEqual({
      id: 'wbn-dam-failure.html',
      articles: ['trendpulse-dam-collapse.txt', 'wbn-dam-failure.html'],
    });
    expect(groups).toContainEqual({
      id: 'northgate-wire.jsonl:3',
      articles: ['northgate-wire.jsonl:3', 'post-hallowell-relay.txt'],
    });
    expect(new Set(groupOf(store).values()).size).toBe(11);
  });

  it('makes two events of the dam story in one storyline, and the ferry story its own', () => {
    const events = eventsByName(store);
    expect(events.map((e) => e.articles)).toEqual([BREACH, INQUIRY, ['kestle-ferry.txt']]);
    const [breach, inquiry, ferry] = events;
    expect(breach!.storyline).toBe(inquiry!.storyline);
    expect(ferry!.storyline).not.toBe(breach!.storyline);
    expect([breach!.firstDate, breach!.lastDate]).toEqual(['2026-03-11', '2026-03-13']);
    expect([inquiry!.firstDate, inquiry!.lastDate]).toEqual(['2026-03-31', '2026-04-02']);
    expect(ferry!.title).toBe('Kestle Island ferry to add late sailing from May');
  });

  it('titles each event with one of its own headlines', () => {
    const headlines = new Map(store.listArticles().map((a) => [a.id, a.meta.title]));
    for (const e of listEvents(store)) expect(e.articles.map((a) => headlines.get(a))).toContain(e.title);
  });

  it('is a no-op when the same articles are clustered again', () => {
    const before = eventsByName(store);
    const report = clusterStored(store, [...name.keys()]);
    expect(report.clustered).toBe(0);
    expect(eventsByName(store)).toEqual(before);
  });
});

describe('incremental clustering', () => {
  it('gives the same events whether the articles arrive at once or one ingest at a time', async () => {
    const batch = Store.open(':memory:');
    await ingest([EXAMPLES], { store: batch });
    clusterPending(batch);
    const oneByOne = Store.open(':memory:');
    for (const file of readdirSync(EXAMPLES)
      .filter((f) => !f.endsWith('.md') && !f.endsWith('.meta.json'))
      .sort()) {
      await ingest([path.join(EXAMPLES, file)], { store: oneByOne });
      refreshCorpus(oneByOne);
    }
    const partition = (store: Store) =>
      eventsByName(store)
        .map((e) => e.articles.join(' '))
        .sort();
    expect(partition(oneByOne)).toEqual(partition(batch));
    expect(listCopies(oneByOne)).toEqual(listCopies(batch));
  });

  it('starts a new event for a later happening and links it to the story', async () => {
    const store = Store.open(':memory:');
    await ingest([path.join(EXAMPLES, 'herald-dam-breach.txt'), path.join(EXAMPLES, 'wbn-dam-failure.html')], {
      store,
    });
    clusterPending(store);
    expect(listEvents(store)).toHaveLength(1);
    await ingest([path.join(EXAMPLES, 'observer-solvang-testimony.txt')], { store });
    clusterPending(store);
    const events = listEvents(store);
    expect(events).toHaveLength(2);
    expect(events[0]!.storyline).toBe(events[1]!.storyline);
  });
});

/**
 * Clusters texts arriving one at a time into a new store; after each, the events as lists of arrival
 * indexes ("0,1,2"), sorted.
 */
function arriveOneByOne(texts: readonly string[], options?: Partial<typeof EVENT_DEFAULTS>) {
  const store = Store.open(':memory:');
  const ids: string[] = [];
  const partitions: string[][] = [];
  for (const [i, text] of texts.entries()) {
    const input = {
      path: `arrival-${i}.txt`,
      format: 'text' as const,
      bytes: Buffer.from(text),
      content: text,
      encoding: 'utf-8',
      meta: {},
    };
    const article = runPipeline(input, articleStages());
    store.saveArticle(article, input);
    ids.push(article.id);
    clusterStored(store, [article.id], { ...EVENT_DEFAULTS, ...options });
    partitions.push(
      listEvents(store)
        .map((e) => e.articles.map((id) => ids.indexOf(id)).join(','))
        .sort(),
    );
  }
  return { store, partitions };
}

/** Two title matches of one (fictional) chess champion: the first report of the second recalls the first. */
const A = [
  'Champion Elsa Brandvik retained her world chess title in Vessenburg on Saturday, beating challenger Orrin Tal in the twelfth game. Tal resigned after 41 moves of a Sicilian Defence. Brandvik, 31, has now defended the crown three times. The Vessenburg match drew 4,000 spectators to the old exchange hall.',
  'Orrin Tal resigned the twelfth game in Vessenburg and Elsa Brandvik kept the world chess title. The challenger had levelled the match with a win in game nine, but his Sicilian Defence collapsed on Saturday. Brandvik said Tal had pushed her harder than any opponent. Tal, 24, said he would return.',
  'In the exchange hall of Vessenburg, Elsa Brandvik defeated Orrin Tal to retain the world chess championship. The deciding twelfth game lasted 41 moves. Tal won game nine to level the match, but Brandvik answered with two wins. Organisers in Vessenburg counted 4,000 spectators on Saturday.',
  "World chess champion Elsa Brandvik beat Orrin Tal in Vessenburg. After Tal resigned the twelfth game, Brandvik told reporters the Sicilian Defence had been her answer all match. Tal, the 24-year-old challenger, praised the Vessenburg crowd. It was Brandvik's third defence of the title.",
];
const B = [
  'Elsa Brandvik, who beat Orrin Tal in the twelfth game in Vessenburg and retained her world chess title there, kept it again in Dornholm after challenger Mika Laukkanen lost the rapid tiebreak. As against Tal, whose Sicilian Defence collapsed, her preparation decided the match. Brandvik, 31, has now defended the crown four times.',
  'Mika Laukkanen lost the rapid tiebreak in Dornholm, and Elsa Brandvik remains world chess champion. Laukkanen had drawn all twelve classical games, a first since the match moved to Dornholm. His rook blunder on Sunday decided it. Brandvik called the Finn the most stubborn player she had faced.',
  'The world chess championship in Dornholm ended on Sunday with Elsa Brandvik beating Mika Laukkanen in rapid play. Twelve classical draws forced the tiebreak, where Laukkanen dropped a rook. The prize fund in Dornholm was 2 million euros, split sixty to forty.',
  'Dornholm crowned no new champion: Mika Laukkanen lost the rapid tiebreak to Elsa Brandvik on Sunday after twelve classical draws. Laukkanen dropped a rook in the second rapid game.',
  'Twelve classical draws and a rook blunder: the challenge of Mika Laukkanen ended in Dornholm on Sunday as Elsa Brandvik won the rapid tiebreak. The 2 million euro prize fund was split sixty to forty.',
  'Mika Laukkanen, the Finnish challenger, conceded the rapid tiebreak in Dornholm. Elsa Brandvik keeps the world chess title after a match of twelve classical draws. Laukkanen, 38, said the rook blunder on Sunday would stay with him.',
  'Elsa Brandvik won the Dornholm tiebreak against Mika Laukkanen on Sunday to remain world chess champion. The rapid games followed twelve classical draws; Laukkanen lost a rook in the second. Organisers in Dornholm paid 2 million euros.',
  'Challenger Mika Laukkanen, 38, could not hold the second rapid game in Dornholm, and Elsa Brandvik retained the world chess title on Sunday. Laukkanen said the twelve classical draws had exhausted him. The Dornholm match paid 2 million euros.',
];

describe('merges and splits', () => {
  it('merges two events when an article bridges them: one on the crowd, one on the game', () => {
    /**
     * Three reports of one match day: the crowd (which names the champion by her surname only), the game,
     * then both.
     */
    const REPORTS = [
      'The Vessenburg exchange hall sold all 4,000 tickets for the final weekend of the world title match of Brandvik, organisers said. Hotels in the old town were full and the city council extended tram hours until midnight for the spectators.',
      'Orrin Tal resigned the twelfth game after 41 moves of a Sicilian Defence, and Elsa Brandvik kept the world chess title. Tal had levelled the match in game nine.',
      'In front of 4,000 spectators in the Vessenburg exchange hall, with hotels full and trams running until midnight, Elsa Brandvik beat Orrin Tal in the twelfth game to keep the world chess title; Tal resigned after 41 moves of a Sicilian Defence.',
    ];
    const run = (options?: Partial<typeof EVENT_DEFAULTS>) => arriveOneByOne(REPORTS, options).partitions;
    expect(run()).toEqual([['0'], ['0', '1'], ['0,1,2']]);
    // Without merges the third report only joins the closer of the two.
    expect(run({ mergeThreshold: 2 })).toEqual([['0'], ['0', '1'], ['0', '1,2']]);
  });
  it('splits an event when a second happening of the same kind was pulled into it', () => {
    const { store, partitions } = arriveOneByOne([...A, ...B]);
    // The bridging report (4) joins the first match, and the reports of the second follow it there…
    expect(partitions[10]).toEqual(['0,1,2,3,4,5,6,7,8,9,10']);
    // …until the event has doubled in size: then it is bisected, and the second match is an event of its own.
    expect(partitions[11]).toEqual(['0,1,2,3,4', '5,6,7,8,9,10,11']);
    const events = listEvents(store);
    expect(events[0]!.storyline).toBe(events[1]!.storyline);
    expect(events.map((e) => e.title).join(' | ')).toMatch(/Orrin Tal/u);
    expect(events.map((e) => e.title).join(' | ')).toMatch(/Laukkanen/u);
  });
});

/** Publication dates of the seeds, read from their texts (the seed files carry no metadata). */
const SEED_DATES: Record<string, string> = {
  // "Today, Zelensky clarified…" after the 17 October meeting and the FT report of the weekend.
  '000': '2025-10-21',
  // Trump and Putin "are set to meet on Friday" (15 August, Alaska).
  '001': '2025-08-13',
  // The White House talks "on Monday" (18 August), reported the next day.
  '002': '2025-08-19',
  '003': '2025-08-19',
  // The days after: Lavrov's reply, Radakin in Washington "earlier this week".
  '004': '2025-08-21',
};

const seeds = sharedPath('corpus/seeds');

describe.skipIf(!seeds)('seed corpus (dates given as metadata)', () => {
  let store: Store;
  const byPrefix = new Map<string, string>();

  beforeAll(async () => {
    store = Store.open(':memory:');
    for (const file of readdirSync(seeds!)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      for await (const result of readFile(path.join(seeds!, file))) {
        if ('error' in result) throw result.error;
        const input = { ...result.input, meta: { ...result.input.meta, published: SEED_DATES[file.slice(0, 3)] } };
        const article = runPipeline(input, articleStages());
        store.saveArticle(article, input);
        byPrefix.set(file.slice(0, 3), article.id);
      }
    }
    refreshCorpus(store);
  });

  const eventOf = (prefix: string) => listEvents(store).find((e) => e.articles.includes(byPrefix.get(prefix)!))!;

  it('makes the two reports of the 18 August White House meeting one event', () => {
    expect(eventOf('002').id).toBe(eventOf('003').id);
  });

  it('gives the October meeting and the pre-summit article events of their own', () => {
    expect(eventOf('000').articles).toEqual([byPrefix.get('000')]);
    expect(eventOf('001').articles).toEqual([byPrefix.get('001')]);
  });

  it('keeps the aftermath article (004) with the August meeting it follows by two days', () => {
    expect(eventOf('004').id).toBe(eventOf('002').id);
  });

  it('links every event in one storyline, in time order', () => {
    const events = listEvents(store);
    expect(new Set(events.map((e) => e.storyline)).size).toBe(1);
    expect(events.map((e) => e.firstDate)).toEqual(['2025-08-13', '2025-08-19', '2025-10-21']);
  });

  it('finds no copies among the seeds (each comes from a different source)', () => {
    expect(listCopies(store)).toEqual([]);
  });
});

describe('events commands', () => {
  let file: string;

  beforeAll(async () => {
    file = path.join(await import('node:os').then((os) => os.tmpdir()), `events-cli-${process.pid}.db`);
    const store = Store.open(file);
    await ingest([EXAMPLES], { store });
    store.close();
  });

  const run = async (command: typeof eventsCommand, ...argv: string[]) => {
    const out: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => out.push(t), interactive: false };
    const code = await command.run(argv, io);
    return { code, out: out.join('\n') };
  };

  it('lists the storylines and their events, clustering what is pending', async () => {
    const { code, out } = await run(eventsCommand, '--db', file);
    expect(code).toBe(0);
    expect(out).toMatch(/^Storyline st_\d+ \(2 events, 13 articles\)/m);
    expect(out).toContain('8 articles (6 independent)');
    expect(out).toContain('Kestle Island ferry to add late sailing from May');
    expect(out).toContain('3 copies or rewrites found');
  });

  it('prints JSON with events, copies and groups', async () => {
    const { out } = await run(eventsCommand, '--db', file, '--json');
    const json = JSON.parse(out) as { events: unknown[]; copies: unknown[]; groups: unknown[] };
    expect(json.events).toHaveLength(3);
    expect(json.copies).toHaveLength(3);
    expect(json.groups).toHaveLength(3);
  });

  it('shows one event with its articles and copies, and refuses an unknown id', async () => {
    const { code, out } = await run(eventCommand, '--db', file, 'ev_1');
    expect(code).toBe(0);
    expect(out).toContain('copies and rewrites (source → derived):');
    expect(out).toContain('The Caddenford Herald');
    await expect(run(eventCommand, '--db', file, 'ev_99')).rejects.toThrow(/no event ev_99/);
  });
});
