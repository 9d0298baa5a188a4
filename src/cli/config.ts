/**
 * Defaults for the command line from a file: `triangulate.config.json` or `.triangulaterc` (JSON) in
 * the folder the command runs in, or the file $TRIANGULATE_CONFIG names. Its keys are option names
 * without the dashes ("db", "max-size", "time-budget", "timeout", "allow-private", "port", "host",
 * "every" …); a command takes the ones it has, and an option on the command line wins.
 *
 *   { "db": "story.db", "max-size": 32, "timeout": 20, "allow-private": false }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nearestWord } from '../edit-distance.ts';
import { UsageError } from '../errors.ts';

export const CONFIG_FILES = ['triangulate.config.json', '.triangulaterc'];

/**
 * Every option some command takes (a test holds this to the commands' help): a key of the configuration
 * that is none of them is a mistake the file's reader is told of, not a default silently ignored.
 */
export const CONFIG_KEYS: readonly string[] = [
  'all',
  'allow-private',
  'batch',
  'db',
  'event',
  'every',
  'feed',
  'format',
  'host',
  'json',
  'limit',
  'max-size',
  'once',
  'out',
  'port',
  'quiet',
  'refresh',
  'retry',
  'since',
  'speaker',
  'storyline',
  'table',
  'time-budget',
  'timeout',
  'type',
  'until-idle',
  'workers',
];

export type Config = Record<string, string | boolean>;

let cached: { key: string; config: Config; file?: string } | undefined;

/** The configuration in effect (an empty one when there is no file). */
export function loadConfig(cwd: string = process.cwd()): { config: Config; file?: string } {
  const named = process.env.TRIANGULATE_CONFIG;
  const key = `${cwd}\u0000${named ?? ''}`;
  if (cached?.key === key) return cached;
  const file = named ?? CONFIG_FILES.map((f) => path.join(cwd, f)).find((f) => existsSync(f));
  let config: Config = {};
  if (file) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new UsageError(`${file}: not a configuration that can be read (${reason})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new UsageError(`${file}: a configuration is a JSON object of option names and values`);
    config = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!CONFIG_KEYS.includes(k)) {
        const near = nearestWord(k, CONFIG_KEYS);
        throw new UsageError(`${file}: "${k}" is no option of any command${near ? ` (did you mean "${near}"?)` : ''}`);
      }
      if (typeof v === 'string' || typeof v === 'boolean') config[k] = v;
      else if (typeof v === 'number' && Number.isFinite(v)) config[k] = String(v);
      else throw new UsageError(`${file}: "${k}" should be a string, a number or true/false`);
    }
  }
  cached = { key, config, ...(file ? { file } : {}) };
  return cached;
}
