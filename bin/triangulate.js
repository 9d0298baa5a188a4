#!/usr/bin/env node
// Entry point of the command line: runs the compiled program (dist/, made by `npm run build`, which
// `npm ci` runs). Nothing is transpiled at start.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('error: the program is not built: run "npm run build" (npm ci does it)\n');
  process.exit(2);
}
// Output piped into a pager or `head` that closes early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
