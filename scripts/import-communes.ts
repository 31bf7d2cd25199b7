// Imports (or refreshes) the official list of French communes. Idempotent.
import { importCommunes } from "~/models/commune-import.server";
import { disconnectDb } from "~/utils/db.server";

const started = performance.now();
const { communes } = await importCommunes();
await disconnectDb();
console.log(`Imported ${communes} communes in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
