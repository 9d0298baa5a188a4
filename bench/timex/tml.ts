/**
 * Reading TimeML (.tml) files: the text inside <TEXT> with every tag removed, the gold TIMEX3 spans in
 * that text, and the document creation time (the TIMEX3 with functionInDocument="CREATION_TIME").
 */

/** One gold TIMEX3 inside the text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A TimeML document reduced to what the benchmark needs. */
export interface TimeMlDoc {
  id: string;
  /** The document creation time's value ("1998-02-13T14:26:00"). */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute of a tag, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Parses one .tml file; throws when it has no creation time or no <TEXT>. */
export function parseTml(id: string, xml: string): TimeMlDoc {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dct = dctTag ? attribute(dctTag, 'value') : undefined;
  if (!dct) throw new Error(`${id}: no TIMEX3 with functionInDocument="CREATION_TIME"`);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${id}: no <TEXT> element`);
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);/g;
  let last = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]] ?? m[0];
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1])
      open = { start: text.length, type: attribute(m[3]!, 'type') ?? '', value: attribute(m[3]!, 'value') ?? '' };
    else if (open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start) });
      open = undefined;
    }
  }
  text += body.slice(last);
  return { id, dct, text, timexes };
}
