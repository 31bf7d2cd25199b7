// Test databases live on the server of DATABASE_URL (CI's PostgreSQL, or the embedded one
// that scripts/test.sh starts), under names derived from its database name.
import { spawn } from "node:child_process";
import pg from "pg";

export function serverUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests with `npm test`.");
  return url;
}

export function databaseUrl(database: string) {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export function testDatabaseName(suffix: string) {
  const base = new URL(serverUrl()).pathname.slice(1) || "technopolice";
  return `${base}_${suffix}`;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(name: string, template?: string) {
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
  return databaseUrl(name);
}

export async function createDatabaseFromTemplateIfMissing(name: string, template: string) {
  await withAdmin(async (client) => {
    // Serialise clones: PostgreSQL refuses to copy a template that another CREATE is copying.
    await client.query("SELECT pg_advisory_lock(727272)");
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(727272)");
    }
  });
  return databaseUrl(name);
}

export async function dropDatabasesLike(prefix: string) {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  });
}

export function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Applies the committed migrations, exactly as production does, then loads the communes. */
export async function prepareDatabase(url: string, { seed = false } = {}) {
  await run("npm", ["run", "--silent", "db:deploy"], { DATABASE_URL: url });
  await run("npx", ["tsx", "scripts/import-communes.ts"], { DATABASE_URL: url });
  if (seed) await run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url });
}
