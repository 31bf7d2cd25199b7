// npm run bench:sign — many clients sign one petition for 30 s (distinct emails) while others
// read its city page; then the database is checked: every acknowledged signature is there,
// exactly once. Prints figures; asserts nothing about time (this machine is shared and noisy).
//   BENCH_DURATION=30 BENCH_SIGNERS=64 BENCH_READERS=16 WEB_CONCURRENCY=2 npm run bench:sign
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";
import { ensureDatabase } from "../../scripts/embedded-database";
import { prepareDatabase, recreateDatabase } from "../support/databases";
import { TEST_ENV } from "../support/test-env";

const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const SIGNERS = Number(process.env.BENCH_SIGNERS ?? 64);
const READERS = Number(process.env.BENCH_READERS ?? 16);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const WEB_CONCURRENCY = process.env.WEB_CONCURRENCY ?? "2";
const BASE = `http://localhost:${PORT}`;

const children: ChildProcess[] = [];
const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", () => (stopAll(), process.exit(130)));

if (!existsSync("build/index.js")) throw new Error("Run `npm run build` first.");
const server = await ensureDatabase();
process.env.DATABASE_URL = server.url;
const url = await recreateDatabase(`${new URL(server.url).pathname.slice(1)}_bench`);
await prepareDatabase(url, { seed: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...TEST_ENV,
  NODE_ENV: "production",
  DATABASE_URL: url,
  PORT: String(PORT),
  PUBLIC_URL: BASE,
  EMAIL_OUTBOX: "true",
  RESEND_API_KEY: "",
  WEB_CONCURRENCY,
  DATABASE_POOL_SIZE: "16",
  // One machine plays every signer from one IP address: lift the per-IP limits for the run.
  RATE_LIMIT_DISABLED: "true",
};
delete env.RESEND_API_KEY;
children.push(spawn("node", ["server.js"], { stdio: ["ignore", "inherit", "inherit"], env }));
children.push(spawn("npx", ["tsx", "scripts/worker.ts"], { stdio: ["ignore", "inherit", "inherit"], env }));

for (let i = 0; ; i++) {
  const ok = await fetch(`${BASE}/villes/nice`).then((r) => r.ok).catch(() => false);
  if (ok) break;
  if (i > 300) throw new Error("the site did not start");
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const db = new pg.Pool({ connectionString: url, max: 4 });
const { rows: [petition] } = await db.query<{ id: string }>(
  "SELECT id FROM petition WHERE insee_code = '06088' AND status = 'OPEN'",
);

let sequence = 0;
const accepted: string[] = [];
const run = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));

console.log(`Signing for ${DURATION} s: ${SIGNERS} signers, ${READERS} readers, WEB_CONCURRENCY=${WEB_CONCURRENCY}`);
const [signing, reading] = await Promise.all([
  run({
    url: `${BASE}/villes/nice`,
    connections: SIGNERS,
    duration: DURATION,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
        setupRequest: (request) => {
          const email = `bench.${process.pid}.${sequence++}@example.org`;
          const body = new URLSearchParams({
            firstName: "Camille",
            lastName: "Bench",
            email,
            postcode: sequence % 3 === 0 ? "75011" : "06000",
            consentProcessing: "on",
            showName: "on",
          });
          return { ...request, body: body.toString(), email } as typeof request;
        },
        onResponse: (status, _body, context) => {
          void context;
          if (status === 302 || status === 303) accepted.push("ok");
        },
      },
    ],
  }),
  run({ url: `${BASE}/villes/nice`, connections: READERS, duration: DURATION }),
]);

// Wait for the tally to catch up, then check the database.
await new Promise((resolve) => setTimeout(resolve, 3000));
const { rows: [stored] } = await db.query<{ n: string; distinct_emails: string }>(
  "SELECT count(*) AS n, count(DISTINCT email_index) AS distinct_emails FROM signature WHERE petition_id = $1",
  [petition.id],
);
const { rows: [queued] } = await db.query<{ n: string }>("SELECT count(*) AS n FROM email_message");

// The physical limit: plain INSERTs of the same row shape, from as many concurrent clients.
await db.query("CREATE TEMP TABLE IF NOT EXISTS x (id int)"); // warm the pool
const inserts = new pg.Pool({ connectionString: url, max: SIGNERS });
await inserts.query("CREATE TABLE IF NOT EXISTS bench_insert (LIKE signature INCLUDING DEFAULTS INCLUDING INDEXES)");
let inserted = 0;
const deadline = Date.now() + 10_000;
await Promise.all(
  Array.from({ length: SIGNERS }, async (_, client) => {
    for (let i = 0; Date.now() < deadline; i++) {
      await inserts.query(
        `INSERT INTO bench_insert (id, petition_id, first_name, last_name, email, email_index, domain_index, postcode, is_resident,
           consented_at, show_name, wants_newsletter, lang, token_hash, ip_hash)
         VALUES (gen_random_uuid(), $1, 'x', 'x', 'x', $2, 'd', 'p', true, now(), true, false, 'fr', $2, 'ip')`,
        [petition.id, `${client}-${i}-${Math.random()}`],
      );
      inserted++;
    }
  }),
);
await inserts.end();
await db.end();
stopAll();

const acks = accepted.length;
const fmt = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });
console.log("");
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| accepted signatures/s (mean) | ${fmt(acks / DURATION)} |`);
console.log(`| signing latency p50 / p99 (ms) | ${signing.latency.p50} / ${signing.latency.p99} |`);
console.log(`| signing errors / non-3xx | ${signing.errors} / ${signing.requests.total - acks} |`);
console.log(`| city page req/s meanwhile (mean) | ${fmt(reading.requests.average)} (p99 ${reading.latency.p99} ms) |`);
console.log(`| plain INSERTs/s, ${SIGNERS} clients (floor) | ${fmt(inserted / 10)} |`);
console.log(`| signing / plain INSERT | ${fmt((acks / DURATION / (inserted / 10)) * 100)} % |`);
console.log(`| acknowledged / stored / distinct emails | ${acks} / ${stored.n} / ${stored.distinct_emails} |`);
console.log(`| confirmation emails queued | ${queued.n} |`);
const exact = Number(stored.n) === acks && Number(stored.distinct_emails) === acks && Number(queued.n) >= acks;
console.log(exact ? "Every acknowledged signature is stored exactly once." : "MISMATCH between acknowledged and stored signatures!");
await server.stop();
process.exit(exact ? 0 : 1);
