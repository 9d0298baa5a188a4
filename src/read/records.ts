import type { InputFormat, SourceMeta } from '../article/types.ts';

/** A record of a JSON Lines or JSON file, checked: its content, its format and its metadata. */
export interface ArticleRecord {
  content: string;
  format: InputFormat;
  meta: SourceMeta;
}

/** Metadata fields a record or a sidecar may carry, with the spellings accepted for each. */
const META_FIELDS: Record<keyof SourceMeta, string[]> = {
  url: ['url', 'link'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'publishedAt', 'published_at', 'datePublished'],
  outlet: ['outlet', 'source', 'site', 'siteName', 'site_name'],
  captured: ['captured', 'crawled', 'retrieved', 'fetched', 'date_download'],
};

/** True for a value that means "not given": absent, null or an empty (blank) string. */
const absent = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && !v.trim());

/**
 * A number given as a publication time: seconds since 1970 below 10^11 (that is, before the year
 * 5138), milliseconds above; undefined when it is no time a calendar has.
 */
function timeOfNumber(v: number): string | undefined {
  const ms = Math.abs(v) < 1e11 ? v * 1000 : v;
  const date = new Date(ms);
  return Number.isFinite(ms) && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/**
 * Picks the metadata fields out of an object. Null and empty strings mean "not given"; other values
 * that are not strings (or, for the date, a time in seconds or milliseconds) are reported, not trusted.
 */
export function readMeta(value: Record<string, unknown>): { meta: SourceMeta; problems: string[] } {
  const meta: SourceMeta = {};
  const problems: string[] = [];
  for (const [field, names] of Object.entries(META_FIELDS) as [keyof SourceMeta, string[]][]) {
    const name = names.find((n) => !absent(value[n]));
    if (!name) continue;
    const v = value[name];
    if (typeof v === 'string') meta[field] = v.trim();
    else if (typeof v === 'number' && field === 'published') {
      const time = timeOfNumber(v);
      if (time) meta[field] = time;
      else problems.push(`field "${name}" is no valid time (${v})`);
    } else problems.push(`field "${name}" should be a string`);
  }
  return { meta, problems };
}

/** Checks one parsed record: it must be an object with a non-empty `text` or `html` string. */
export function readRecord(value: unknown): ArticleRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'a record must be a JSON object with "text" or "html"';
  }
  const record = value as Record<string, unknown>;
  const { meta, problems } = readMeta(record);
  if (problems.length) return problems.join('; ');
  if (typeof record.text === 'string' && record.text.trim()) return { content: record.text, format: 'text', meta };
  if (typeof record.html === 'string' && record.html.trim()) return { content: record.html, format: 'html', meta };
  if (record.text !== undefined || record.html !== undefined) return '"text"/"html" is empty or not a string';
  return 'the record has no "text" or "html" field';
}

/** The records of a whole JSON document: an array, `{"articles": [...]}`, or a single record. */
export function recordsOfJson(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles)) {
    return (value as { articles: unknown[] }).articles;
  }
  return [value];
}
