/** Where the database lives unless --db or TRIANGULATE_DB says otherwise. */
export const DEFAULT_DB = 'triangulate.db';

/** The database path: --db, then $TRIANGULATE_DB, then ./triangulate.db. */
export function dbPath(flag: string | undefined): string {
  return flag ?? process.env.TRIANGULATE_DB ?? DEFAULT_DB;
}
