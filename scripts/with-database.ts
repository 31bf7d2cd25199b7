// Runs a command with DATABASE_URL set: the given one, or the embedded PostgreSQL's.
//   tsx scripts/with-database.ts prisma migrate deploy
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { ensureDatabase } from "./embedded-database";

// .env is optional; variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-database.ts <command> [args...]");
  process.exit(2);
}

const database = await ensureDatabase();
const child = spawn(command, args, {
  stdio: "inherit",
  shell: false,
  env: { ...process.env, DATABASE_URL: database.url },
});
const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
await database.stop();
process.exit(code);
