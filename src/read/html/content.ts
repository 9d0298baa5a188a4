/**
 * Finds an HTML page's main content and returns it as text blocks.
 *
 * The method, in one pass each:
 *  1. drop elements that are boilerplate by tag, class/id or visibility, unless they hold
 *     most of the page's prose (a sidebar-named wrapper around the article, say);
 *  2. score containers by the paragraphs beneath them (readability's idea: commas and
 *     length count, link-heavy text does not) and take the best one plus its siblings
 *     that look like more of the same;
 *  3. inside that, skip captions, bylines, share bars, related-link lists and the like;
 *  4. drop leftover lines that are boilerplate by their wording.
 */
import {
  ARTICLE_FURNITURE_TAGS,
  FURNITURE_TAGS,
  classId,
  describe,
  holdsEmbed,
  isArticleFurniture,
  isFurniture,
} from './furniture.ts';
import { blocksOf, type Block } from './text.ts';

/** Per-element totals gathered from the blocks beneath it. */
interface Stats {
  /** Characters of text. */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Characters in prose-like blocks (long, few links). */
  prose: number;
  /** Paragraph score accumulated from descendants (step 2). */
  score: number;
}

/** Minimum length of a block that counts as prose for protection and sibling merging. */
const PROSE_MIN = 80;

/** True when a block reads like running prose rather than navigation or a label. */
function isProse(b: Block): boolean {
  return b.text.length >= PROSE_MIN && b.linkChars / b.text.length < 0.35;
}

/** Adds every block's lengths to its owner and all the owner's ancestors. */
function gatherStats(blocks: Block[], root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  for (const b of blocks) {
    const prose = isProse(b) ? b.text.length : 0;
    for (let el: Element | null = b.owner; el; el = el === root ? null : el.parentElement) {
      let s = stats.get(el);
      if (!s) stats.set(el, (s = { text: 0, link: 0, prose: 0, score: 0 }));
      s.text += b.text.length;
      s.link += b.linkChars;
      s.prose += prose;
    }
  }
  return stats;
}

/** Removes furniture from the page, sparing elements that hold most of its prose. */
function removeFurniture(
  body: Element,
  stats: Map<Element, Stats>,
  totalProse: number,
  debug?: (message: string) => void,
): void {
  const doomed: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isFurniture(c) && (stats.get(c)?.prose ?? 0) < totalProse * 0.5 && !holdsEmbed(c)) doomed.push(c);
      else visit(c);
    }
  };
  visit(body);
  for (const el of doomed) {
    debug?.(`remove ${describe(el)} prose=${stats.get(el)?.prose ?? 0}`);
    el.remove();
  }
}

/** Block tags that are paragraphs themselves: their text scores their parent, not them. */
const LEAF_BLOCKS = new Set(['P', 'PRE', 'LI', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'BR']);

/** Block owners whose text says nothing about where the article is (titles, list items). */
const UNSCORED = new Set(['H1', 'LI', 'DT', 'DD', 'CAPTION', 'FIGCAPTION', 'OL', 'UL', 'DL']);

/** Tag-based prior for a candidate container, as readability weighs them. */
function tagPrior(tag: string): number {
  if (tag === 'DIV' || tag === 'ARTICLE' || tag === 'MAIN' || tag === 'SECTION') return 5;
  if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') return 3;
  if (tag === 'OL' || tag === 'UL' || tag === 'DL' || tag === 'LI' || tag === 'FORM') return -3;
  return 0;
}

/** Class/id words of article containers and of furniture, readability's lists. */
const POSITIVE = /article|body|content|entry|hentry|main|page|post|text|blog|story/;
const NEGATIVE =
  /-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget/;

/** Class/id prior: +25 for article-like names, -25 for furniture-like names. */
function classPrior(el: Element): number {
  const ci = classId(el);
  if (!ci) return 0;
  let w = 0;
  if (POSITIVE.test(ci)) w += 25;
  if (NEGATIVE.test(ci)) w -= 25;
  return w;
}

/** Commas in a text, counting the ideographic and Arabic commas too. */
function commas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c || c === 0x3002) n++;
  }
  return n;
}

/** Scores containers from the paragraphs beneath them; returns them best first. */
function rankCandidates(
  blocks: Block[],
  stats: Map<Element, Stats>,
  body: Element,
  debug?: (message: string) => void,
): Element[] {
  const candidates = new Set<Element>();
  for (const b of blocks) {
    const len = b.text.length;
    if (len < 25 || UNSCORED.has(b.owner.tagName)) continue;
    const score = 1 + commas(b.text) + Math.min(Math.floor(len / 100), 3);
    // Loose text directly in a container scores the container itself; a paragraph scores its parent.
    let el: Element | null = LEAF_BLOCKS.has(b.owner.tagName) ? b.owner.parentElement : b.owner;
    for (let level = 0; el && level < 5; level++, el = el === body ? null : el.parentElement) {
      const s = stats.get(el);
      if (!s) break;
      if (!candidates.has(el)) {
        candidates.add(el);
        s.score = tagPrior(el.tagName) + classPrior(el);
      }
      s.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const el of candidates) {
    const s = stats.get(el)!;
    s.score *= 1 - (s.text ? s.link / s.text : 0);
  }
  const ranked = [...candidates].sort((a, b) => stats.get(b)!.score - stats.get(a)!.score);
  if (debug) for (const el of ranked.slice(0, 5)) debug(`top ${describe(el)} score=${stats.get(el)!.score.toFixed(1)}`);
  return ranked;
}

/**
 * Moves from the best container to a better ancestor, as readability does: to a common
 * ancestor of several near-best candidates (an article split into many cards), to a parent
 * that scores higher, and past wrappers that have a single child.
 */
function refine(top: Element, ranked: Element[], stats: Map<Element, Stats>, body: Element): Element {
  const score = (e: Element): number => stats.get(e)?.score ?? 0;
  const topScore = score(top);
  const rivals = ranked.slice(1, 5).filter((e) => score(e) >= topScore * 0.75);
  let best = top;
  if (rivals.length >= 3) {
    for (let anc = top.parentElement; anc && anc !== body; anc = anc.parentElement) {
      const within = rivals.filter((r) => r !== anc && anc!.contains(r)).length;
      if (within >= 3) {
        best = anc;
        break;
      }
    }
  }
  let last = score(best);
  const floor = last / 3;
  for (let parent = best.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (!stats.get(parent)?.score) continue;
    const ps = score(parent);
    if (ps < floor) break;
    if (ps > last) {
      best = parent;
      break;
    }
    last = ps;
  }
  while (best.parentElement && best.parentElement !== body && best.parentElement.children.length === 1) {
    best = best.parentElement;
  }
  return best;
}

/** The top candidate plus siblings that look like more of the article. */
function gatherContent(top: Element, stats: Map<Element, Stats>): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const topScore = stats.get(top)?.score ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const out: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top) {
      out.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || s.text === 0) continue;
    const bonus = topClass && sib.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const ld = s.link / s.text;
    // A sibling container joins when it scores well and reads like prose, not like a teaser list.
    if (s.score + bonus >= threshold && s.prose >= s.text * 0.4) out.push(sib);
    else if (sib.tagName === 'P') {
      // A loose paragraph next to the article joins if it is long and plain, or a short sentence.
      if ((s.text > PROSE_MIN && ld < 0.25) || (s.text > 0 && ld === 0 && /[.!?。]\s*$/.test(sib.textContent ?? '')))
        out.push(sib);
    }
  }
  return out;
}

/** Containers that link lists (related stories, tags, next/previous) are built from. */
const LIST_CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'TR',
  'NAV',
  'ASIDE',
  'SPAN',
  'P',
]);

/** True for a container that is mostly links: a list of related stories, tags, a pager. */
function isLinkList(el: Element, s: Stats): boolean {
  return LIST_CONTAINERS.has(el.tagName) && s.text > 0 && s.link / s.text > 0.5;
}

/**
 * Elements elsewhere on the page with exactly the top container's tag and class that also
 * hold prose: an article body split into chunks by ad rails or image breaks.
 */
function twins(top: Element, doc: Document, stats: Map<Element, Stats>): Element[] {
  const norm = (el: Element): string => (el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join(' ');
  const cls = norm(top);
  if (!cls) return [];
  const out: Element[] = [];
  for (const el of doc.querySelectorAll(top.tagName)) {
    if (el !== top && (stats.get(el)?.prose ?? 0) > 0 && norm(el) === cls) out.push(el);
  }
  return out;
}

/** Puts elements in document order and drops any nested inside another one. */
function documentOrder(chosen: Set<Element>, body: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (chosen.has(c)) out.push(c);
      else visit(c);
    }
  };
  visit(body);
  return out;
}

export interface ContentOptions {
  /** Keep class-named furniture (for a second try when the strict pass finds too little). */
  loose?: boolean;
  /** Receives a trace of the decisions, for diagnosis. */
  debug?: (message: string) => void;
}

/** Finds the main content of a parsed page and returns its text blocks. Mutates `doc`. */
export function mainContentBlocks(doc: Document, options: ContentOptions = {}): Block[] {
  const { loose = false, debug } = options;
  // A page whose content sits outside an empty <body> (`<html><p>…</html>`) is read from the root.
  const body = doc.body?.firstChild ? doc.body : doc.documentElement;
  if (!body) return [];
  if (!loose) {
    const all = blocksOf(body);
    const allStats = gatherStats(all, body);
    removeFurniture(body, allStats, allStats.get(body)?.prose ?? 0, debug);
  }

  const blocks = blocksOf(body);
  const stats = gatherStats(blocks, body);
  const ranked = rankCandidates(blocks, stats, body, debug);
  if (!ranked[0]) return blocks;
  const top = refine(ranked[0], ranked, stats, body);
  const chosen = new Set(gatherContent(top, stats));
  for (const twin of twins(top, doc, stats)) {
    debug?.(`twin ${describe(twin)} prose=${stats.get(twin)?.prose}`);
    chosen.add(twin);
  }
  const content = chosen.has(body) ? [body] : documentOrder(chosen, body);
  if (debug)
    for (const el of content)
      debug(`content ${describe(el)} score=${stats.get(el)?.score.toFixed(1)} prose=${stats.get(el)?.prose}`);

  const contentProse = content.reduce((n, el) => n + (stats.get(el)?.prose ?? 0), 0);
  const skip = (el: Element): boolean => {
    const s = stats.get(el);
    if ((s?.prose ?? 0) >= contentProse * 0.5) return false;
    if (loose) return ARTICLE_FURNITURE_TAGS.has(el.tagName) || FURNITURE_TAGS.has(el.tagName);
    return (isArticleFurniture(el) || (!!s && isLinkList(el, s))) && !holdsEmbed(el);
  };
  return content.flatMap((el) => blocksOf(el, skip));
}
