// npm run bench:spike — what a signer experiences end to end: signatures arrive (first at a
// steady 150/s, then for 30 s as fast as the site accepts them) while the worker sends their
// confirmations to the Resend stand-in, limited as Resend is: 2 calls/s, 100 emails per batch.
// Prints accepted signatures/s, the time from the acknowledgement (the redirect) to the
// confirmation being accepted by the stand-in (p50, p99, max), the backlog's drain time, the
// dispatch rate beside its floor (the provider's ceiling: 2 × 100 = 200 emails/s), whether every
// confirmation left exactly once, and the counter endpoint's requests/s beside the city page's.
// Then a backlog: BENCH_BACKLOG confirmations (3,000) queued in one transaction, as a spike leaves
// them when the site accepts signatures faster than the provider takes them; its dispatch rate is
// the dispatcher's alone (on a loaded machine the site may accept fewer than 200 signatures/s, and
// then the phases above measure the site, not the dispatcher).
// Asserts nothing about time (this machine is shared and noisy); exits 1 if an email is missing or doubled.
//   BENCH_BACKLOG=3000 BENCH_SPIKE_SECONDS=30 BENCH_STEADY_RATE=150 BENCH_STEADY_SECONDS=30 BENCH_SIGNERS=64 npm run bench:spike
// Run `npm run build` first. Uses DATABASE_URL's server (database <name>_bench) or the embedded one.
import { execFileSync } from "node:child_process";
import { startResendStandIn } from "../stand-ins/resend";
import { fmt, runAutocannon, signingRequest, startSigningSite } from "./support";

const SPIKE_SECONDS = Number(process.env.BENCH_SPIKE_SECONDS ?? 30);
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 150);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 30);
const SIGNERS = Number(process.env.BENCH_SIGNERS ?? 64);
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 3000);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const WEB_CONCURRENCY = Number(process.env.WEB_CONCURRENCY ?? 2);
const BASE = `http://localhost:${PORT}`;
const PROVIDER_RATE = 2;
const PROVIDER_BATCH = 100;
const CEILING = PROVIDER_RATE * PROVIDER_BATCH;

const load = () => execFileSync("uptime", { encoding: "utf8" }).trim();
const loadAtStart = load();

const deliveredAt = new Map<string, number>();
let deliveries = 0;
const resend = await startResendStandIn({
  rateLimit: PROVIDER_RATE,
  batchLimit: PROVIDER_BATCH,
  record: false,
  onDelivered: (payload, at) => {
    deliveries++;
    for (const to of Array.isArray(payload.to) ? payload.to : [payload.to]) if (!deliveredAt.has(to)) deliveredAt.set(to, at);
  },
});

const { database, env, guardToken, stop } = await startSigningSite({
  port: PORT,
  webConcurrency: WEB_CONCURRENCY,
  extra: {
    EMAIL_OUTBOX: "false",
    RESEND_BASE_URL: resend.url,
    RESEND_RATE_PER_SECOND: String(PROVIDER_RATE),
    RESEND_API_KEY: "re_bench_stand_in",
  },
});

type Phase = { name: string; acknowledged: Map<string, number>; refused: number; seconds: number; loadEnd: number };

async function sign(name: string, seconds: number, rate?: number): Promise<Phase> {
  const acknowledged = new Map<string, number>();
  let refused = 0;
  const result = await runAutocannon({
    url: `${BASE}/villes/nice`,
    connections: SIGNERS,
    duration: seconds,
    timeout: 30,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      signingRequest({
        base: BASE,
        guardToken,
        signer: (n) => ({ firstName: "Camille", lastName: "Pic", email: `spike.${process.pid}.${n}@example.org`, postcode: "06000" }),
        onResponse: (email, status) => {
          if (status === 302 || status === 303) acknowledged.set(email, Date.now());
          else refused++;
        },
      }),
    ],
  });
  return { name, acknowledged, refused: refused + result.errors + result.timeouts, seconds, loadEnd: Date.now() };
}

async function drained(phase: Phase) {
  // Until every acknowledged signer's confirmation has reached the stand-in (or 20 minutes).
  const deadline = Date.now() + 20 * 60_000;
  while (Date.now() < deadline && [...phase.acknowledged.keys()].some((email) => !deliveredAt.has(email))) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

function report(phase: Phase) {
  const waits = [...phase.acknowledged]
    .map(([email, at]) => (deliveredAt.get(email) ?? NaN) - at)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const times = [...phase.acknowledged.keys()].map((email) => deliveredAt.get(email)).filter((t): t is number => t !== undefined);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const missing = phase.acknowledged.size - times.length;
  return {
    phase: phase.name,
    accepted: phase.seconds ? phase.acknowledged.size / phase.seconds : NaN,
    p50: percentile(waits, 50) / 1000,
    p99: percentile(waits, 99) / 1000,
    max: (waits[waits.length - 1] ?? NaN) / 1000,
    drain: Math.max(0, last - phase.loadEnd) / 1000,
    dispatch: times.length / Math.max(0.001, (last - first) / 1000),
    missing,
    refused: phase.refused,
  };
}

console.log(
  `Resend stand-in: ${PROVIDER_RATE} calls/s, ${PROVIDER_BATCH} emails a call; WEB_CONCURRENCY=${WEB_CONCURRENCY}, one worker, ${SIGNERS} signer connections`,
);
console.log(`Steady: ${STEADY_RATE} signatures/s for ${STEADY_SECONDS} s ...`);
const steady = await sign(`steady ${STEADY_RATE}/s`, STEADY_SECONDS, STEADY_RATE);
await drained(steady);
console.log(`Spike: as fast as the site accepts, for ${SPIKE_SECONDS} s ...`);
const spike = await sign("spike", SPIKE_SECONDS);
await drained(spike);

/** Queues `size` confirmations at once, as the site does (one transaction), and waits until they have left. */
async function backlog(size: number): Promise<Phase> {
  Object.assign(process.env, env);
  const { db } = await import("~/utils/db.server");
  const { queueEmails } = await import("~/models/email-message.server");
  const emails = Array.from({ length: size }, (_, n) => ({
    key: `bench-backlog/${process.pid}/${n}`,
    template: "signature-confirm" as const,
    to: `backlog.${process.pid}.${n}@example.org`,
    lang: "fr" as const,
    props: {
      petitionTitle: "Non à la vidéosurveillance algorithmique",
      communeName: "Nice",
      url: `${BASE}/signature/bench-${n}`,
      again: false,
      alreadyConfirmed: false,
    },
  }));
  const acknowledged = new Map<string, number>();
  await db().$transaction((tx) => queueEmails(tx, emails));
  const at = Date.now();
  for (const email of emails) acknowledged.set(email.to, at);
  const phase = { name: `backlog ${size}`, acknowledged, refused: 0, seconds: 0, loadEnd: at };
  await drained(phase);
  await db().$disconnect();
  return phase;
}
let backlogged: Phase | undefined;
if (BACKLOG > 0) {
  console.log(`Backlog: ${BACKLOG} confirmations queued at once ...`);
  backlogged = await backlog(BACKLOG);
}

// The live counter beside the city page it polls from.
const [cityPage, counter] = [
  await runAutocannon({ url: `${BASE}/villes/nice`, connections: 32, duration: 10 }),
  await runAutocannon({ url: `${BASE}/villes/nice/petition.json`, connections: 32, duration: 10 }),
];
const loadAtEnd = load();
await stop();
await resend.close();
await database.stop();

const rows = [report(steady), report(spike), ...(backlogged ? [report(backlogged)] : [])];
const acknowledged = steady.acknowledged.size + spike.acknowledged.size + (backlogged?.acknowledged.size ?? 0);
const doubled = [...resend.perRecipient.values()].filter((n) => n > 1).length;
console.log("");
console.log(
  `| phase | accepted signatures/s | ack → provider p50 / p99 / max (s) | drain after the load (s) | dispatch (emails/s) | floor: provider ceiling (emails/s) | refused or failed |`,
);
console.log(`|---|---|---|---|---|---|---|`);
for (const row of rows) {
  console.log(
    `| ${row.phase} | ${Number.isNaN(row.accepted) ? "—" : fmt(row.accepted)} | ${fmt(row.p50, 1)} / ${fmt(row.p99, 1)} / ${fmt(row.max, 1)} | ${fmt(row.drain, 1)} | ${fmt(row.dispatch)} (${fmt((row.dispatch / CEILING) * 100)} %) | ${CEILING} | ${row.refused} |`,
  );
}
console.log("");
console.log(`| counter and page | requests/s | p99 (ms) |`);
console.log(`|---|---|---|`);
console.log(`| /villes/nice | ${fmt(cityPage.requests.average)} | ${cityPage.latency.p99} |`);
console.log(`| /villes/nice/petition.json | ${fmt(counter.requests.average)} | ${counter.latency.p99} |`);
console.log("");
console.log(
  `stand-in: ${resend.stats.calls} calls (${resend.stats.batchCalls} batch), ${resend.stats.rateLimited} refused with 429, ${resend.stats.replayed} replayed keys, ${resend.stats.keyConflicts} key conflicts; ${deliveries} emails delivered`,
);
console.log(`acknowledged ${acknowledged}, confirmations missing ${rows.reduce((sum, row) => sum + row.missing, 0)}, delivered more than once ${doubled}`);
console.log(`machine load at start: ${loadAtStart}`);
console.log(`machine load at end:   ${loadAtEnd}`);
const exact = rows.every((row) => row.missing === 0) && doubled === 0 && resend.stats.keyConflicts === 0;
console.log(exact ? "Every confirmation was sent exactly once." : "MISMATCH: a confirmation is missing or was sent twice!");
process.exit(exact ? 0 : 1);
