/**
 * The library: `import { analyze, openStore, exportAs } from 'triangulate'` resolves through the
 * package's exports to the built entry (dist/lib.js, built by the test setup), and the runnable example
 * of examples/ works as documented.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/shared.ts';

describe('the library', () => {
  it('examples/library.mjs runs: disputes with their sentences, established facts, quotes, two exports', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'triangulate-library-'));
    const printed = execFileSync(process.execPath, [path.join(ROOT, 'examples/library.mjs'), out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(printed).toMatch(/^14 articles from 11 outlets/);
    expect(printed).toMatch(/Disputed \(7\):\n- Solvang denied what earlier reports said: that engineers/);
    expect(printed).toMatch(/\n- Theodore Wexley changed position: first did not rule out keeping residents/);
    expect(printed).toMatch(/\n- Sources disagree on the number of homes flooded: 412 homes/);
    expect(printed).toMatch(/\n- Sources disagree on the date of the final hearing: April 28 \(Northgate Wire\)/);
    expect(printed).toMatch(/\n- Sources disagree on when Piers Hallowell left: December 2024 \(2024-12\)/);
    expect(printed).toMatch(/ {4}denied — Westmarch Observer: “Earlier reports said that engineers/);
    expect(printed).toMatch(/412 homes — NewsHarbor Digest: “[^”]*412 homes[^”]*”/);
    expect(printed).toMatch(/Established \(\d+\), the first three:/);
    expect(printed).toMatch(/Direct quotes with a known speaker: \d+, e\.g\. /);
    expect(readFileSync(path.join(out, 'story.gexf'), 'utf8')).toMatch(/^<\?xml/);
    expect(readFileSync(path.join(out, 'story.ftm.json'), 'utf8').split('\n')[0]).toMatch(/"schema":"Article"/);
  });

  it('is what the package exports, with its types', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, { types: string; default: string }>;
    };
    expect(existsSync(path.join(ROOT, pkg.exports['.']!.default))).toBe(true);
    expect(readFileSync(path.join(ROOT, pkg.exports['.']!.types), 'utf8')).toMatch(
      /export declare function analyze\(inputs: readonly string\[\], options\?: AnalyzeOptions\): Promise<AnalyzeResult>;/,
    );
    const names = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t = await import('triangulate'); console.log(Object.keys(t).sort().join(' '))",
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(names.trim().split(' ')).toEqual(
      expect.arrayContaining(['analyze', 'openStore', 'exportAs', 'exportStore', 'Store', 'EXPORTERS', 'READERS']),
    );
  });
});
