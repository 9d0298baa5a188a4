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
}

/** The real terminal. */
export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
};
