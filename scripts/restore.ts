// `npm run restore -- <backup directory> --yes`: puts a backup made by `npm run backup` back
// into DATABASE_URL's database (its tables are replaced) and UPLOADS_DIR (files are added).
// Stop the web and worker processes first; start them again afterwards (README, "Back up and restore").
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

if (existsSync(".env")) process.loadEnvFile(".env");

const args = process.argv.slice(2);
const source = args.find((arg) => !arg.startsWith("--"));
const url = process.env.DATABASE_URL;
if (!source || !url || !args.includes("--yes")) {
  console.error("usage: DATABASE_URL=… npm run restore -- <backup directory> --yes");
  console.error("Replaces the tables of DATABASE_URL's database with the backup's: --yes says you mean it.");
  process.exit(2);
}
const dump = path.resolve(source, "database.dump");
if (!existsSync(dump)) {
  console.error(`${dump} not found: is ${source} a directory made by npm run backup?`);
  process.exit(2);
}
const bin = (name: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);
execFileSync(
  bin("pg_restore"),
  ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, dump],
  { stdio: "inherit" },
);

const archive = path.resolve(source, "uploads.tar.gz");
if (existsSync(archive)) {
  const uploads = path.resolve(process.env.UPLOADS_DIR ?? ".data/uploads");
  mkdirSync(uploads, { recursive: true });
  execFileSync("tar", ["-xzf", archive, "-C", uploads], { stdio: "inherit" });
}
console.log(`Restored ${source}.`);
