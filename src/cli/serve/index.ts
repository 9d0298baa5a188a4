import { UsageError } from '../../errors.ts';
import { SERVER_DEFAULTS, startServer } from '../../server/index.ts';
import { Store } from '../../store/index.ts';
import { dbPath, openExistingStore, parse, type Command } from '../shared.ts';

/** The port from --port: a whole number from 0 (any free port) to 65535. */
function portOf(value: string | undefined): number {
  if (value === undefined) return SERVER_DEFAULTS.port;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port must be a port number (0–65535), not "${value}"`);
  return port;
}

export const serve: Command = {
  name: 'serve',
  help: `Usage: triangulate serve [--db FILE] [--port N] [--host H]

Serves the web UI (story overview with the conflicts first, claims matrix, quotes by speaker, entity
pages, the article reader with the evidence highlighted, search, outlets side by side) and the JSON
API it reads (described at /openapi.json). Read-only. Stops on Ctrl-C.

Options:
  --db FILE     database file (default: $TRIANGULATE_DB or ./triangulate.db)
  --port N      port to listen on (default: ${SERVER_DEFAULTS.port}; 0 picks a free one)
  --host H      address to listen on (default: ${SERVER_DEFAULTS.host}, this machine only; 0.0.0.0 opens
                it to the network: anyone who can reach it reads the stored articles)
  -h, --help    this help`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (positionals.length) throw new UsageError(`serve takes no arguments, got "${positionals.join(' ')}"`);
    const port = portOf(values.port);
    const host = values.host ?? SERVER_DEFAULTS.host;
    if (!host.trim()) throw new UsageError('--host must name an address');
    // Results are brought up to date (if an older version wrote them) before serving; the server itself
    // reads through a read-only connection.
    (await openExistingStore(values.db, io)).close();
    const store = Store.open(dbPath(values.db), { readonly: true });
    let server;
    try {
      server = await startServer({ store, host, port, log: io.err });
    } catch (error) {
      store.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') io.err(`error: port ${port} on ${host} is in use: give another with --port`);
      else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        io.err(`error: cannot listen on ${host}: no such address on this machine`);
      else if (code === 'EACCES') io.err(`error: not allowed to listen on port ${port}: give another with --port`);
      else throw error;
      return 1;
    }
    io.out(`Serving ${dbPath(values.db)} (${store.countArticles()} articles) at ${server.url}`);
    io.out('Press Ctrl-C to stop.');
    const running = server;
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void running.close().finally(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    store.close();
    return 0;
  },
};
