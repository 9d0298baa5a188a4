/**
 * The locale's word lists as written: `list()` reads an entry per comma or line, so an entry broken across
 * two lines is two entries ("foreign" and "minister" were titles of their own, "south" a place).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARE_BUTTONS } from '../src/locales/en/chrome.ts';
import { ORGANISATIONS, PLACES } from '../src/locales/en/gazetteer.ts';
import { ROLE_TITLES } from '../src/locales/en/titles.ts';

const dir = path.join(import.meta.dirname, '../src/locales/en');

describe('locale word lists', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s breaks no entry across lines', (file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    const broken: string[] = [];
    for (const m of source.matchAll(/list\(\s*`([^`]*)`/g)) {
      const lines = m[1]!.split('\n').map((l) => l.trim());
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (line && next && !line.endsWith(',') && !next.startsWith(',')) broken.push(`${line} ⏎ ${next}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('holds the entries of several words whole', () => {
    expect(ROLE_TITLES).toEqual(
      expect.arrayContaining(['foreign minister', 'deputy prime minister', 'defence secretary', 'harbor commissioner']),
    );
    for (const half of ['foreign', 'defence', 'harbor']) expect(ROLE_TITLES).not.toContain(half);
    expect(PLACES.has('south korea')).toBe(true);
    expect(PLACES.has('south')).toBe(false);
    expect(ORGANISATIONS.has('russian foreign ministry')).toBe(true);
    expect(ORGANISATIONS.has('russian')).toBe(false);
    expect(SHARE_BUTTONS).toEqual(expect.arrayContaining(['share on x', 'teilen', 'κοινοποίηση']));
  });
});
