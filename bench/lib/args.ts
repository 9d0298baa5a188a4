/**
 * Command-line arguments of a bench script: `--help` (or `-h`) prints its usage; an option it does not
 * know, or a value missing, prints the reason and the usage and exits with status 2 — not a stack trace.
 */
export function withUsage<T>(usage: string, parse: () => T): T {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`error: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
