// `npm run backup`: a consistent copy of what the site holds, in one directory
// <BACKUP_DIR>/technopolice-<UTC time>/ (BACKUP_DIR defaults to .data/backups):
//   database.dump   pg_dump, custom format (compressed; pg_restore can pick tables from it)
//   uploads.tar.gz  UPLOADS_DIR's documents, when that directory exists
//   manifest.json   what was copied, when, from which database
// Prints the directory's path. Restore with `npm run restore -- <directory> --yes` (README).
// Personal data in the dump is encrypted (DATA_ENCRYPTION_KEYS): keep the keys, elsewhere.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

if (existsSync(".env")) process.loadEnvFile(".env");

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: the backup needs the database to copy.");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(process.env.BACKUP_DIR ?? ".data/backups", `technopolice-${stamp}`);
mkdirSync(target, { recursive: true });

const bin = (name: string) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);
execFileSync(bin("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(target, "database.dump")}`, url], { stdio: "inherit" });

const uploads = path.resolve(process.env.UPLOADS_DIR ?? ".data/uploads");
let documents = 0;
if (existsSync(uploads) && statSync(uploads).isDirectory()) {
  documents = readdirSync(uploads).length;
  execFileSync("tar", ["-czf", path.join(target, "uploads.tar.gz"), "-C", uploads, "."], { stdio: "inherit" });
}
const database = new URL(url);
writeFileSync(
  path.join(target, "manifest.json"),
  JSON.stringify(
    {
      createdAt: new Date().toISOString(),
      database: `${database.hostname}:${database.port || 5432}${database.pathname}`,
      uploadsDir: existsSync(uploads) ? uploads : null,
      documents,
    },
    null,
    2,
  ),
);
console.log(target);
