#!/usr/bin/env node
// Entry point of the command line: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
// Output piped into a pager or `head` that closes early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
