// npm run bench:events — 500 people register for one 100-seat event through the real site (the
// public form, as a browser without JavaScript posts it), each then confirms from their personal
// link (the button of /inscription/<token>), BENCH_CLIENTS people at a time. Then the database is
// checked: exactly 100 CONFIRMED and 400 WAITING, the waiting list in confirmation order, every
// person with their two emails, no error. Prints the time; asserts nothing about it (the machine
// is shared and noisy). Run `npm run build` first. Uses DATABASE_URL's server (database
// <name>_bench) or the embedded one.
//   BENCH_PEOPLE=500 BENCH_CAPACITY=100 BENCH_CLIENTS=50 WEB_CONCURRENCY=2 npm run bench:events
import { randomUUID } from "node:crypto";
import pg from "pg";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { startSigningSite } from "./support";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 100);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const WEB_CONCURRENCY = Number(process.env.WEB_CONCURRENCY ?? 2);
const BASE = `http://localhost:${PORT}`;

const { database, env, guardToken, stop } = await startSigningSite({
  port: PORT,
  webConcurrency: WEB_CONCURRENCY,
  extra: { RATE_LIMITS: "event-registration:ip=100000000/60,event-registration:email=100/60" },
});
Object.assign(process.env, env); // for the keys below
const { registrationIndexFor } = await import("~/modules/events/registration.server");
const { decrypt } = await import("~/utils/crypto.server");

const db = new pg.Pool({ connectionString: database.url, max: 8 });
const slug = `bench-${Date.now()}`;
const {
  rows: [event],
} = await db.query<{ id: string }>(
  `INSERT INTO event (id, slug, kind, title, description, starts_at, ends_at, address, insee_code, capacity, registration, published_at, updated_at)
   VALUES ($1, $2, 'CAMERA_WALK', 'Cartopartie du banc d’essai', 'Cinq cents personnes pour cent places.', now() + interval '7 days',
           now() + interval '7 days 2 hours', 'Place de la Mairie', '13055', $3, true, now(), now())
   RETURNING id::text`,
  [randomUUID(), slug, CAPACITY],
);

const statuses = new Map<string, number>();
let errors = 0;
const latencies: Record<"register" | "confirm", number[]> = { register: [], confirm: [] };
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);

async function post(path: string, fields: Record<string, string>) {
  const response = await fetch(`${BASE}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
    body: new URLSearchParams(fields).toString(),
  });
  await response.arrayBuffer();
  return response.status;
}

/** One person: the form, then (the email's link) the confirm button. */
async function person(n: number) {
  const email = `bench.${process.pid}.${n}@example.org`;
  try {
    let at = performance.now();
    const registered = await post(`/agenda/${slug}`, {
      name: `Personne ${n}`,
      email,
      consent: "on",
      ...(n % 5 === 0 ? { showName: "on" } : {}),
      [FORM_GUARD_FIELDS.honeypot]: "",
      [FORM_GUARD_FIELDS.token]: guardToken,
    });
    latencies.register.push(performance.now() - at);
    count(`register ${registered}`);
    if (registered !== 302 && registered !== 303) return void errors++;
    // What the emailed link carries: the token, sealed in the row (the outbox holds the same).
    const {
      rows: [row],
    } = await db.query<{ token_sealed: string }>("SELECT token_sealed FROM event_registration WHERE event_id = $1 AND email_index = $2", [
      event.id,
      registrationIndexFor(email),
    ]);
    at = performance.now();
    const confirmed = await post(`/inscription/${decrypt(row.token_sealed)}`, { intent: "confirm" });
    latencies.confirm.push(performance.now() - at);
    count(`confirm ${confirmed}`);
    if (confirmed !== 302 && confirmed !== 303) errors++;
  } catch (error) {
    count(`thrown ${(error as Error).message}`);
    errors++;
  }
}

console.log(`${PEOPLE} people register and confirm for ${CAPACITY} seats, ${CLIENTS} at a time, WEB_CONCURRENCY=${WEB_CONCURRENCY}`);
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (next < PEOPLE) await person(next++);
  }),
);
const seconds = (performance.now() - started) / 1000;
await stop();

const { rows } = await db.query<{ status: string; n: number }>(
  "SELECT status::text, count(*)::int AS n FROM event_registration WHERE event_id = $1 GROUP BY status",
  [event.id],
);
const by = Object.fromEntries(rows.map((row) => [row.status, row.n]));
// The waiting list is in confirmation order, and everyone waiting confirmed after everyone seated.
const {
  rows: [order],
} = await db.query<{ max_seated: Date; min_waiting: Date | null }>(
  `SELECT max(confirmed_at) FILTER (WHERE status = 'CONFIRMED') AS max_seated, min(waiting_since) FILTER (WHERE status = 'WAITING') AS min_waiting
   FROM event_registration WHERE event_id = $1`,
  [event.id],
);
const ordered = !order.min_waiting || order.max_seated <= order.min_waiting;
const {
  rows: [emails],
} = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM email_message WHERE template = 'event-registration'");
await db.end();

console.log("");
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| people registered and confirmed | ${PEOPLE} in ${seconds.toFixed(2)} s (${(PEOPLE / seconds).toFixed(0)} people/s, 2 requests each) |`);
for (const phase of ["register", "confirm"] as const)
  console.log(`| ${phase} latency p50 / p99 (ms) | ${percentile(latencies[phase], 50).toFixed(0)} / ${percentile(latencies[phase], 99).toFixed(0)} |`);
console.log(`| CONFIRMED / WAITING / PENDING / other | ${by.CONFIRMED ?? 0} / ${by.WAITING ?? 0} / ${by.PENDING ?? 0} / ${by.CANCELLED ?? 0} |`);
console.log(`| responses | ${JSON.stringify(Object.fromEntries(statuses))} |`);
console.log(`| errors | ${errors} |`);
console.log(`| emails queued (confirm + registered/waiting) | ${emails.n} (expected ${2 * PEOPLE}) |`);
console.log(`| seats given before the waiting list, in order | ${ordered ? "yes" : "NO"} |`);
const exact = by.CONFIRMED === CAPACITY && by.WAITING === PEOPLE - CAPACITY && errors === 0 && ordered && emails.n === 2 * PEOPLE;
console.log(exact ? `Exactly ${CAPACITY} registered and ${PEOPLE - CAPACITY} waiting, 0 errors.` : "MISMATCH!");
await database.stop();
process.exit(exact ? 0 : 1);
