/**
 * The terminal a command prints to, kept apart from the rest of the command-line helpers: the entry
 * point imports it, and nothing heavy comes with it (`--help` starts in a tenth of a second).
 */

/** Output channels; tests hand in their own to capture what a command prints. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal, so progress can redraw one line. */
  interactive: boolean;
  /** Aborted when the user asks a long command to stop (Ctrl-C); the real terminal's is made on demand. */
  signal?: AbortSignal;
}

/** The real terminal. */
export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // A terminal that cannot redraw a line ("dumb") gets progress lines instead. No output has colour.
  interactive: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
};

/** A signal aborted by the first SIGINT or SIGTERM (the second one ends the process as usual). */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    controller.abort();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}
