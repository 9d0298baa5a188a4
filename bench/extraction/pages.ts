/** The extraction benchmark's pages: each HTML file that has a gold text (ground-truth.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Page {
  id: string;
  url: string;
  gold: string;
  html: string;
}

/** Loads every page of DIR/html/<id>.html(.gz) that has a gold text in DIR/ground-truth.json. */
export function loadPages(dir: string): Page[] {
  const truthPath = path.join(dir, 'ground-truth.json');
  const htmlDir = path.join(dir, 'html');
  if (!existsSync(truthPath) || !existsSync(htmlDir))
    throw new Error(`no benchmark data in ${dir} (expected ground-truth.json and html/); pass --data DIR`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: Page[] = [];
  for (const file of readdirSync(htmlDir).sort()) {
    const m = /^(.+)\.html(\.gz)?$/.exec(file);
    if (!m) continue;
    const id = m[1]!;
    const entry = truth[id];
    if (!entry) continue;
    const raw = readFileSync(path.join(htmlDir, file));
    const html = (m[2] ? gunzipSync(raw) : raw).toString('utf8');
    pages.push({ id, url: entry.url, gold: entry.articleBody, html });
  }
  return pages;
}
