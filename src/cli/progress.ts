import type { IngestProgress } from '../app/ingest.ts';
import type { Io } from './shared.ts';

/**
 * Progress of a long run on stderr: one redrawn line on a terminal; otherwise a line every tenth of
 * the way (and none for short runs), so logs stay readable.
 */
export function progressReporter(io: Io): { update(p: IngestProgress): void; done(): void } {
  let lastDecile = 0;
  let drawn = false;
  return {
    update(p) {
      if (io.interactive) {
        const name = p.file.length > 50 ? `…${p.file.slice(-49)}` : p.file;
        process.stderr.write(
          `\r\x1b[K[${p.filesDone}/${p.filesTotal}] ${p.articles} articles, ${p.failed} failed  ${name}`,
        );
        drawn = true;
        return;
      }
      if (p.filesTotal < 20) return;
      const decile = Math.floor((p.filesDone / p.filesTotal) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        io.err(`progress: ${p.filesDone}/${p.filesTotal} files, ${p.articles} articles, ${p.failed} failed`);
      }
    },
    done() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
