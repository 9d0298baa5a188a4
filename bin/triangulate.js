#!/usr/bin/env node
// Entry point of the command line: runs the compiled program (dist/, made by `npm run build`, which
// `npm ci` runs). Nothing is transpiled at start.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('error: the program is not built: run "npm run build" (npm ci does it)\n');
  process.exit(2);
}

// The commands that read and analyse many articles run with a bounded heap: the garbage collector
// otherwise lets the heap grow while memory is free (an analysis of 20,000 articles that needs under
// 700 MB grew to 1.6 GB). TRIANGULATE_HEAP_MB changes the bound; 0 leaves the default of Node.
const HEAVY = new Set(['add', 'analyze']);
const heapMb = Number(process.env.TRIANGULATE_HEAP_MB ?? 1024);
const bounded =
  process.execArgv.some((a) => a.startsWith('--max-old-space-size')) ||
  /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
if (HEAVY.has(process.argv[2]) && heapMb > 0 && !bounded) {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    // The channel tells the child when this process is gone, even killed with SIGKILL.
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === 'SIGABRT' || code === 134)
      process.stderr.write(
        `error: out of memory (the heap is bounded to ${heapMb} MB): set TRIANGULATE_HEAP_MB higher, e.g. TRIANGULATE_HEAP_MB=4096\n`,
      );
    if (signal && signal !== 'SIGABRT') process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  // Run by the process above: end with it (what is stored is whole; a transaction not committed is not).
  if (process.send) {
    process.on('disconnect', () => process.exit(1));
    process.channel?.unref();
  }
  // Output piped into a pager or `head` that closes early is not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
