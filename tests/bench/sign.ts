// npm run bench:sign — many clients sign Nice's petition (distinct emails, as a browser without
// JavaScript posts the form) while others read its city page; then the database is checked:
// every acknowledged signature is stored exactly once, with its confirmation email queued. Then
// the floor: plain INSERTs of the same row into the same table, with as many concurrent clients.
// Prints figures; asserts nothing about time (this machine is shared and noisy).
//   BENCH_DURATION=30 BENCH_SIGNERS=64 BENCH_READERS=8 WEB_CONCURRENCY=2 BENCH_LISTS=1 npm run bench:sign
// Run `npm run build` first. Uses DATABASE_URL's server (database <name>_bench) or the embedded one.
import pg from "pg";
import { fmt, runAutocannon, signingRequest, startSigningSite } from "./support";

const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const SIGNERS = Number(process.env.BENCH_SIGNERS ?? 64);
const READERS = Number(process.env.BENCH_READERS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const WEB_CONCURRENCY = Number(process.env.WEB_CONCURRENCY ?? 2);
const BASE = `http://localhost:${PORT}`;

const { database, env, guardToken, stop } = await startSigningSite({ port: PORT, webConcurrency: WEB_CONCURRENCY });
Object.assign(process.env, env); // for emailIndexFor below
const { emailIndexFor } = await import("~/modules/petitions/signature-index.server");
const { emailKey } = await import("~/models/email-message.server");

const db = new pg.Pool({ connectionString: database.url, max: 4 });
const {
  rows: [petition],
} = await db.query<{ id: string }>("SELECT id FROM petition WHERE insee_code = '06088' AND status = 'OPEN'");

// The signing lists in place (issue 28): blocked domains and addresses, allowed networks, none
// of them the bench's signers' (BENCH_LISTS=0: empty lists).
if (process.env.BENCH_LISTS !== "0") {
  await db.query(
    "INSERT INTO blocked_email_domain (id, domain) SELECT gen_random_uuid(), 'blocked-' || g || '.example' FROM generate_series(1, 200) g ON CONFLICT DO NOTHING",
  );
  await db.query(
    "INSERT INTO blocked_email_address (id, email_index) SELECT gen_random_uuid(), md5(g::text) FROM generate_series(1, 200) g ON CONFLICT DO NOTHING",
  );
  await db.query(`INSERT INTO allowed_network (id, cidr, label, valid_from, valid_to)
    SELECT gen_random_uuid(), '10.' || g || '.0.0/16', 'bench', now() - interval '1 day', now() + interval '1 day' FROM generate_series(1, 20) g`);
}

const { rows: before } = await db.query<{ email_index: string }>("SELECT email_index FROM signature WHERE petition_id = $1", [petition.id]);
const seeded = new Set(before.map((row) => row.email_index));

const acknowledged: string[] = [];
const refused = new Map<number, number>();

console.log(`Signing for ${DURATION} s: ${SIGNERS} signers, ${READERS} readers of the city page, WEB_CONCURRENCY=${WEB_CONCURRENCY}`);
const [signing, reading] = await Promise.all([
  runAutocannon({
    url: `${BASE}/villes/nice`,
    connections: SIGNERS,
    duration: DURATION,
    timeout: 30,
    requests: [
      signingRequest({
        base: BASE,
        guardToken,
        signer: (n) => ({
          firstName: "Camille",
          lastName: "Bench",
          email: `bench.${process.pid}.${n}@example.org`,
          postcode: n % 3 === 0 ? "75011" : "06000",
          showName: "on",
        }),
        onResponse: (email, status) => {
          if (status === 302 || status === 303) acknowledged.push(email);
          else refused.set(status, (refused.get(status) ?? 0) + 1);
        },
      }),
    ],
  }),
  runAutocannon({ url: `${BASE}/villes/nice`, connections: READERS, duration: DURATION }),
]);
await stop();

// Exactly once: every acknowledged address is stored once, nothing else is, each with its email.
// Idempotency keys are keyed hashes of the row ids (issue 13): computed here, matched in SQL.
const { rows: ids } = await db.query<{ id: string }>("SELECT id::text FROM signature WHERE petition_id = $1", [petition.id]);
const { rows: stored } = await db.query<{ email_index: string; n: number; emails: number }>(
  `SELECT s.email_index, count(*)::int AS n,
          (SELECT count(*)::int FROM email_message e JOIN unnest($2::text[], $3::text[]) AS k(id, key) ON k.key = e.idempotency_key
           WHERE k.id = min(s.id::text)) AS emails
   FROM signature s WHERE s.petition_id = $1 GROUP BY s.email_index`,
  [petition.id, ids.map((row) => row.id), ids.map((row) => emailKey(`signature/${row.id}/1`))],
);
const storedByIndex = new Map(stored.map((row) => [row.email_index, row]));
const fromRun = stored.filter((row) => !seeded.has(row.email_index));
const ackedIndexes = new Set(acknowledged.map(emailIndexFor));
const missing = [...ackedIndexes].filter((index) => !storedByIndex.has(index)).length;
const duplicated = fromRun.filter((row) => row.n !== 1).length;
// Requests still in flight when the load stopped may have signed without being acknowledged.
const unacknowledged = fromRun.filter((row) => !ackedIndexes.has(row.email_index)).length;
const withoutEmail = fromRun.filter((row) => row.emails !== 1).length;

// The floor: the same row, as plain INSERTs into the same table, SIGNERS clients at once.
const {
  rows: [template],
} = await db.query("SELECT * FROM signature WHERE petition_id = $1 LIMIT 1", [petition.id]);
const columns = Object.keys(template).filter((column) => !["id", "email_index", "token_hash", "created_at"].includes(column));
const insertSql = `INSERT INTO signature (id, ${columns.join(", ")}, email_index, token_hash)
  VALUES (gen_random_uuid(), ${columns.map((_, i) => `$${i + 1}`).join(", ")}, $${columns.length + 1}, $${columns.length + 2})`;
const inserts = new pg.Pool({ connectionString: database.url, max: SIGNERS });
let inserted = 0;
const floorStart = Date.now();
const floorSeconds = Math.min(DURATION, 10);
await Promise.all(
  Array.from({ length: SIGNERS }, async (_, client) => {
    for (let i = 0; Date.now() - floorStart < floorSeconds * 1000; i++) {
      const unique = `floor-${client}-${i}-${template.email_index}`.slice(0, 43);
      await inserts.query(insertSql, [...columns.map((column) => template[column]), unique, unique]);
      inserted++;
    }
  }),
);
const floorRate = inserted / ((Date.now() - floorStart) / 1000);
await inserts.end();
await db.end();

const acks = acknowledged.length;
const rate = acks / DURATION;
const errors = signing.errors + signing.timeouts + [...refused.values()].reduce((a, b) => a + b, 0);
console.log("");
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| accepted signatures/s | ${fmt(rate)} |`);
console.log(`| signing latency p50 / p99 (ms) | ${signing.latency.p50} / ${signing.latency.p99} |`);
console.log(`| errors (connection / timeout / refused by status) | ${signing.errors} / ${signing.timeouts} / ${JSON.stringify(Object.fromEntries(refused))} |`);
console.log(`| city page meanwhile: req/s, p99 ms | ${fmt(reading.requests.average)}, ${reading.latency.p99} |`);
console.log(`| plain INSERTs/s, ${SIGNERS} clients (floor) | ${fmt(floorRate)} |`);
console.log(`| signatures / plain INSERTs | ${fmt((rate / floorRate) * 100)} % |`);
console.log(
  `| acknowledged / stored / missing / duplicated / in flight at the end / without one email | ${acks} / ${fromRun.length} / ${missing} / ${duplicated} / ${unacknowledged} / ${withoutEmail} |`,
);
const exact = acks > 0 && missing === 0 && duplicated === 0 && withoutEmail === 0 && ackedIndexes.size === acks && unacknowledged <= SIGNERS;
console.log(
  exact ? "Every acknowledged signature is stored exactly once, with its confirmation email." : "MISMATCH between acknowledged and stored signatures!",
);
await database.stop();
process.exit(exact && errors === 0 ? 0 : 1);
