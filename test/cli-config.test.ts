/** What every command shares: a configuration file for defaults, --quiet, --json where it prints. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../src/cli/config.ts';
import { COMMANDS } from '../src/cli/commands.ts';
import { cli } from './helpers/run.ts';
import { EXAMPLES } from './helpers/shared.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-config-'));
const config = (value: unknown) => {
  const file = path.join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  process.env.TRIANGULATE_CONFIG = file;
  return file;
};

afterEach(() => {
  delete process.env.TRIANGULATE_CONFIG;
});

describe('the configuration file', () => {
  it('gives a command the defaults of its own options; the command line wins', async () => {
    const db = path.join(dir, 'configured.db');
    config({ db, 'max-size': 0.001, port: 9 });
    // max-size 0.001 MB (about 1 KB): every example article is refused, from the configuration alone.
    const refused = await cli('add', path.join(EXAMPLES, 'kestle-ferry.txt'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/file too large/);
    const stored = await cli('add', path.join(EXAMPLES, 'kestle-ferry.txt'), '--max-size', '16', '--json');
    expect(stored.code).toBe(0);
    const account = JSON.parse(stored.out) as { added: number; database: string; stored: number; failed: unknown[] };
    expect(account).toMatchObject({ added: 1, database: db, stored: 1, failed: [] });
    // "port" is not an option of check: ignored there.
    expect((await cli('check', '--json')).code).toBe(0);
  });

  it('a bad configuration is a usage error naming the file and the key', async () => {
    const broken = config('{"db": ');
    let run = await cli('check');
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${broken}: not a configuration that can be read`);
    const wrong = config({ quiet: 'yes' });
    run = await cli('check');
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${wrong}: "quiet" should be true or false`);
    const list = config({ db: ['a'] });
    run = await cli('check');
    expect(run.err).toContain(`${list}: "db" should be a string, a number or true/false`);
    // A key no command has is a mistake, named with the option it is closest to — not silently ignored.
    const typo = config({ limt: 5 });
    run = await cli('entities');
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${typo}: "limt" is no option of any command (did you mean "limit"?)`);
  });

  it('knows every option of every command, and only those', async () => {
    const options = new Set<string>();
    for (const entry of COMMANDS)
      for (const m of (await entry.load()).help.matchAll(/^ +(?:-\w, )?--([a-z][a-z-]*)/gm))
        if (m[1] !== 'help') options.add(m[1]!);
    expect([...CONFIG_KEYS].sort()).toEqual([...options].sort());
  });
});

describe('a command name', () => {
  it('misspelt gets the command it is closest to', async () => {
    const run = await cli('chek');
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toBe('error: unknown command "chek" (did you mean check?)');
    expect((await cli('frobnicate')).err.split('\n')[0]).toBe('error: unknown command "frobnicate"');
  });
});

describe('every command', () => {
  it('takes --quiet (no progress output): the results and the notes stay', async () => {
    const db = path.join(dir, 'quiet.db');
    const quiet = await cli('add', path.join(EXAMPLES, 'courier-lower-town.html'), '--db', db, '--quiet');
    expect(quiet.err).toMatch(/^note: .*not UTF-8/m);
    for (const command of ['entities', 'quotes', 'timeline', 'check', 'events', 'search']) {
      const run = await cli(command, ...(command === 'search' ? ['Caddenford'] : []), '--db', db, '-q');
      expect(run.code, `${command}: ${run.err}`).toBe(0);
      expect(run.out.length).toBeGreaterThan(0);
    }
  });

  it('that prints results prints them as JSON with --json', async () => {
    const db = path.join(dir, 'json.db');
    await cli('add', EXAMPLES, '--db', db, '--quiet');
    for (const argv of [
      ['entities'],
      ['quotes'],
      ['timeline'],
      ['check'],
      ['events'],
      ['search', 'dam'],
      ['add', path.join(EXAMPLES, 'kestle-ferry.txt')],
    ]) {
      const run = await cli(...argv, '--json', '--db', db);
      expect(run.code, `${argv[0]}: ${run.err}`).toBe(0);
      expect(() => JSON.parse(run.out), argv[0]).not.toThrow();
    }
  });
});

describe('triangulate --help', () => {
  it('lists every command, every input format and every export format', async () => {
    const { READERS } = await import('../src/read/registry.ts');
    const { EXPORTERS } = await import('../src/export/registry.ts');
    const { COMMANDS } = await import('../src/cli/commands.ts');
    const help = (await cli('--help')).out;
    for (const c of COMMANDS) expect(help).toMatch(new RegExp(`^  ${c.name} `, 'm'));
    for (const r of READERS) for (const ext of r.extensions) expect(help, ext).toMatch(new RegExp(`\\s\\${ext}\\b`));
    const exports = /^Exports \(triangulate export --format\): (.*)\.$/m.exec(help)![1]!.split(' ');
    expect(exports).toEqual(EXPORTERS.map((e) => e.name));
  });
});
