// npm run db:reindex
// Recomputes every email lookup column under its per-purpose key, and strips row ids from
// email idempotency keys (docs/decisions/0013-per-purpose-blind-indexes.md). Safe to run twice.
import { existsSync } from "node:fs";
import { reindexBlindIndexes } from "~/models/blind-index-reindex.server";
import { disconnectDb } from "~/utils/db.server";

if (existsSync(".env")) process.loadEnvFile(".env");
const counts = await reindexBlindIndexes();
await disconnectDb();
console.log(
  `re-indexed: ${Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ")}`,
);
