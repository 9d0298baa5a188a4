import { readFileSync } from 'node:fs';
import type { Article, RawInput } from '../../src/article/types.ts';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/shared.ts';
import { runPipeline } from '../../src/pipeline/runner.ts';
import { articleStages } from '../../src/pipeline/stages.ts';
import { readFile } from '../../src/read/index.ts';

/** Runs the command line in-process and returns its exit code and what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Reads a file and runs every stage on each of its articles (no store). */
export async function analyseFile(file: string): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const result of readFile(file)) {
    if ('error' in result) throw result.error;
    articles.push(runPipeline(result.input, articleStages()));
  }
  return articles;
}

/** A text input made in memory, for unit tests of stages. */
export function textInput(content: string, meta: RawInput['meta'] = {}, format: RawInput['format'] = 'text'): RawInput {
  return { path: 'memory.txt', format, bytes: new TextEncoder().encode(content), content, encoding: 'utf-8', meta };
}

/** A file's text. */
export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
