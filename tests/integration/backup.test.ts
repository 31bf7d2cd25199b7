// `npm run backup` and `npm run restore`, for real: back up a database with a report and its
// document, drop the database, restore it into an empty one: the same rows and the same bytes.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { disconnectDb, db } from "~/utils/db.server";
import { readDocument } from "~/utils/uploads.server";
import { confirmReport } from "~/models/report.server";
import { aPendingReport, PDF_BYTES } from "../factories/report";
import { databaseUrl } from "../support/databases";

// DATABASE_URL names this worker's database (<base>_vitest_<n>); the template is <base>_vitest_template.
const base = new URL(process.env.DATABASE_URL!).pathname.slice(1).replace(/_vitest_[^_]+$/, "");
const name = `${base}_backup_${process.env.VITEST_POOL_ID ?? "1"}`;
const template = `${base}_vitest_template`;
let work: string | undefined;

async function admin(sql: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    // The same lock as the other clones of the template (tests/support/databases.ts).
    await client.query("SELECT pg_advisory_lock(727272)");
    for (const statement of sql) await client.query(statement);
  } finally {
    await client.query("SELECT pg_advisory_unlock(727272)").catch(() => undefined);
    await client.end();
  }
}

function run(script: string, args: string[]) {
  return new Promise<string>((resolve, reject) => {
    let out = "";
    const child = spawn("node", ["--import", "tsx", script, ...args], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${script} exited with ${code}`))));
  });
}

beforeAll(async () => {
  await disconnectDb();
  await admin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}" TEMPLATE "${template}"`]);
  work = await mkdtemp(path.join(tmpdir(), "technopolice-backup-"));
  process.env.DATABASE_URL = databaseUrl(name);
  process.env.UPLOADS_DIR = path.join(work, "uploads");
  process.env.BACKUP_DIR = path.join(work, "backups");
});
afterAll(async () => {
  await disconnectDb();
  await admin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
  if (work) await rm(work, { recursive: true, force: true });
});

test("back up, drop, restore: the site has the same data and documents", async () => {
  const report = await aPendingReport({ documents: [{ fileName: "deliberation.pdf", bytes: PDF_BYTES, contentType: "application/pdf" }] });
  // Confirmed: its file has left the pending uploads (in PostgreSQL) for the uploads directory.
  await confirmReport({ token: report.token });
  const [document] = await db().reportDocument.findMany({ where: { reportId: report.id } });
  const before = { report: await db().report.findUniqueOrThrow({ where: { id: report.id } }), communes: await db().commune.count() };
  expect(Buffer.from(await readDocument(document.id))).toEqual(PDF_BYTES);

  const backup = await run("scripts/backup.ts", []);
  expect((await readdir(backup)).sort()).toEqual(expect.arrayContaining(["database.dump", "manifest.json"]));

  // The machine is lost: an empty database, no uploads.
  await disconnectDb();
  await admin([`DROP DATABASE "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  await rm(process.env.UPLOADS_DIR!, { recursive: true, force: true });

  await run("scripts/restore.ts", [backup, "--yes"]);
  expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toEqual(before.report);
  expect(await db().commune.count()).toBe(before.communes);
  expect(Buffer.from(await readDocument(document.id))).toEqual(PDF_BYTES);
}, 180_000);
