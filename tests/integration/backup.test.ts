// `npm run backup` and `npm run restore`, for real: back up a database with a report and its
// document, drop the database, restore it into an empty one: the same rows and the same bytes.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { disconnectDb, db } from "~/utils/db.server";
import { stopJobClient } from "~/utils/jobs.server";
import { readDocument } from "~/utils/uploads.server";
import { confirmReport } from "~/modules/projects/report.server";
import { aPendingReport, PDF_BYTES } from "../factories/report";
import { aCampaign, anOrganizer, mandates } from "../factories/mandate";
import { recordFiling, runFiledNoticeBatch } from "~/modules/mandate-filing/filing.server";
import { createDatabaseFromTemplateIfMissing, databaseUrl, recreateDatabase, testDatabaseName } from "../support/databases";

const name = testDatabaseName(`backup_${process.env.VITEST_POOL_ID ?? "1"}`);
let work: string | undefined;

async function dropDatabase() {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
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
  await dropDatabase();
  await createDatabaseFromTemplateIfMissing(name, inject("templateDatabase"));
  work = await mkdtemp(path.join(tmpdir(), "technopolice-backup-"));
  process.env.DATABASE_URL = databaseUrl(name);
  process.env.UPLOADS_DIR = path.join(work, "uploads");
  process.env.BACKUP_DIR = path.join(work, "backups");
});
afterAll(async () => {
  await disconnectDb();
  await dropDatabase();
  if (work) await rm(work, { recursive: true, force: true });
});

test("back up, drop, restore: the site has the same data and documents", async () => {
  const report = await aPendingReport({ documents: [{ fileName: "deliberation.pdf", bytes: PDF_BYTES, contentType: "application/pdf" }] });
  // Confirmed: its file has left the pending uploads (in PostgreSQL) for the uploads directory.
  await confirmReport({ token: report.token });
  const [document] = await db().reportDocument.findMany({ where: { reportId: report.id } });
  const before = { report: await db().report.findUniqueOrThrow({ where: { id: report.id } }), communes: await db().commune.count() };
  expect(Buffer.from(await readDocument(document.id))).toEqual(PDF_BYTES);

  // Mandators of a filed complaint (issue 26), told by email and subscribed to the digest.
  const mandator = { firstName: "Philomène", lastName: "Quasimodo-Rivière", email: `philomene.secrete.${Date.now()}@example.net` };
  const campaign = await aCampaign({ requiresPostalAddress: true });
  await mandates(campaign, [{ ...mandator, inseeCode: "42218", communeLink: "work", postalAddress: "17 impasse des Glycines-Cachées" }]);
  await recordFiling({ campaignId: campaign.id, organizerId: (await anOrganizer({ legal: true })).id, filedAt: new Date(), filedWith: "CNIL", reference: "R" });
  await runFiledNoticeBatch({ campaignId: campaign.id });

  const backup = await run("scripts/backup.ts", []);
  expect((await readdir(backup)).sort()).toEqual(expect.arrayContaining(["database.dump", "manifest.json"]));
  // The dump, as SQL, reveals no mandator: not their name, email or address anywhere, nor their
  // commune or its link in the mandate table (the commune table names every commune, of course).
  const pgRestore = process.env.PG_BIN ? path.join(process.env.PG_BIN, "pg_restore") : "pg_restore";
  const dumped = (...args: string[]) =>
    execFileSync(pgRestore, ["--data-only", ...args, "-f", "-", path.join(backup, "database.dump")], { maxBuffer: 1 << 30 }).toString();
  const everything = dumped();
  for (const clear of ["Philomène", "Philom", "Quasimodo", "philomene.secrete", "Glycines"]) expect(everything).not.toContain(clear);
  const mandateRows = dumped("--table=mandate");
  expect(mandateRows).toContain(campaign.id);
  for (const clear of ["42218", "Saint-Étienne", "work", "residence"]) expect(mandateRows).not.toContain(clear);

  // The machine is lost: an empty database, no uploads.
  await stopJobClient();
  await disconnectDb();
  await recreateDatabase(name);
  await rm(process.env.UPLOADS_DIR!, { recursive: true, force: true });

  await run("scripts/restore.ts", [backup, "--yes"]);
  expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toEqual(before.report);
  expect(await db().commune.count()).toBe(before.communes);
  expect(Buffer.from(await readDocument(document.id))).toEqual(PDF_BYTES);
}, 180_000);
