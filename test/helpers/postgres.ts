/**
 * A Postgres server for the tests of the Postgres store: `$TRIANGULATE_TEST_POSTGRES` (an address of a
 * database the tests may create databases from), or the local server as `.ci/run` starts it. Each test
 * file gets databases of its own, dropped at the end. Without a server the Postgres tests skip with a
 * visible notice; under CI (CI=true) the server must be there, and a missing one fails the run.
 */
import { PostgresConnection } from '../../src/store/postgres.ts';

export const POSTGRES_ADMIN = process.env.TRIANGULATE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let available: boolean | undefined;

/** True when the test server answers (asked once per test file). */
export function postgresAvailable(): boolean {
  if (available !== undefined) return available;
  try {
    new PostgresConnection(POSTGRES_ADMIN).close();
    available = true;
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(
        `no Postgres server at ${POSTGRES_ADMIN} (${(error as Error).message}), and CI=true: the Postgres tests must not be skipped in CI`,
      );
    console.warn(
      `NOTICE: no Postgres server at ${POSTGRES_ADMIN} (set TRIANGULATE_TEST_POSTGRES); the Postgres store tests are skipped.`,
    );
    available = false;
  }
  return available;
}

const created: string[] = [];
let counter = 0;

/** A new, empty database on the test server; its address. */
export function freshDatabase(): string {
  const name = `triangulate_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = new PostgresConnection(POSTGRES_ADMIN);
  try {
    admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    admin.close();
  }
  created.push(name);
  const url = new URL(POSTGRES_ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the databases this file made. */
export function dropDatabases(): void {
  if (!created.length) return;
  const admin = new PostgresConnection(POSTGRES_ADMIN);
  try {
    for (const name of created.splice(0)) admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    admin.close();
  }
}
