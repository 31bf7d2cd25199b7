// Test databases live on the server of DATABASE_URL (CI's PostgreSQL, or the embedded one
// that scripts/test.sh starts), under names derived from its database name.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export function serverUrl() {
  // In a Vitest worker DATABASE_URL names the worker's own database; TEST_SERVER_URL keeps the one
  // the run was given (tests/support/vitest-worker-setup.ts).
  const url = process.env.TEST_SERVER_URL ?? process.env.DATABASE_URL;
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
  if (seed) await seedDatabase(url);
}

/** The demo's base content (prisma/seed.ts); `life` adds what only the demo shows. */
export async function seedDatabase(url: string, { life = false } = {}) {
  await run("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: url, ...(life ? { SEED_DEMO_LIFE: "true" } : {}) });
}

/**
 * What a migrated database with its communes depends on: the committed migrations, the import's
 * code and the commune list's version. Any change gives another template.
 */
function templateHash() {
  const hash = createHash("sha256");
  const files = readdirSync("prisma/migrations", { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of [
    ...files,
    "scripts/import-communes.ts",
    "app/models/commune-import.server.ts",
    "node_modules/@etalab/decoupage-administratif/package.json",
  ]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 12);
}

/**
 * The migrated database with the communes imported, built once per migrations hash and then
 * cloned (CREATE DATABASE … TEMPLATE, a file copy) by every Vitest worker, the e2e sites and the
 * seed test, instead of migrating and importing 35,000 communes again for each. It is built
 * under a temporary name and renamed when complete, so a crashed build is never cloned; an
 * advisory lock makes concurrent callers wait for one build. Templates of older hashes are dropped.
 */
export async function ensureTemplate() {
  const name = testDatabaseName(`template_${templateHash()}`);
  await withAdmin(async (client) => {
    await client.query("SELECT pg_advisory_lock(727273)");
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount) return;
      const building = `${name}_building`;
      await prepareDatabase(await recreateDatabase(building));
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2", [
        `${testDatabaseName("template_")}%`,
        name,
      ]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(727273)");
    }
  });
  return name;
}

/** A fresh database `name`, cloned from the template (built first if needed). */
export async function cloneTemplate(name: string) {
  const template = await ensureTemplate();
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  return createDatabaseFromTemplateIfMissing(name, template);
}
