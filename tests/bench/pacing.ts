// npm run bench:pacing — the provider pacer alone, without the rendering that bounds bench:spike's
// dispatch on a loaded machine: two lanes send pre-rendered batches of 100 through the real
// Resend SDK to the stand-in (2 calls in any second, as Resend), BENCH_PACING_CALLS calls (40) in
// all; prints emails/s beside the ceiling (200/s), the calls answered 429 and the machine's load.
// BENCH_PACING_BLOCK=1 also blocks this process's event loop in bursts (100 to 400 ms), as a
// loaded machine does. Asserts nothing about time; exits 1 if an email is missing or doubled.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { startResendStandIn } from "../stand-ins/resend";
import { TEST_ENV } from "../support/test-env";

const CALLS = Number(process.env.BENCH_PACING_CALLS ?? 40);
const BLOCK = process.env.BENCH_PACING_BLOCK === "1";
const RATE = 2;
const BATCH = 100;

const load = () => execFileSync("uptime", { encoding: "utf8" }).trim();
const loadAtStart = load();
let first = Infinity;
let last = -Infinity;
const resend = await startResendStandIn({
  rateLimit: RATE,
  batchLimit: BATCH,
  record: false,
  onDelivered: (_, at) => {
    first = Math.min(first, at);
    last = Math.max(last, at);
  },
});
// The environment's check asks for a database URL; this benchmark never opens it.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/unused";
Object.assign(process.env, TEST_ENV, { RESEND_BASE_URL: resend.url, RESEND_RATE_PER_SECOND: String(RATE), PUBLIC_URL: "http://localhost:3000" });
const { sendBatchWithResend, TransientEmailError } = await import("~/utils/resend.server");

const batches = Array.from({ length: CALLS }, (_, call) =>
  Array.from({ length: BATCH }, (_, n) => ({ to: `pacing.${process.pid}.${call}.${n}@example.org`, subject: "Bench", html: "<p>Bench</p>", text: "Bench" })),
);
let next = 0;
let retried = 0;
let blocking = BLOCK;
const blocker = (async () => {
  const bursts = [300, 150, 400, 100, 350, 250, 200];
  for (let i = 0; blocking; i++) {
    const end = performance.now() + bursts[i % bursts.length];
    while (performance.now() < end);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
})();

async function lane() {
  for (let call = next++; call < CALLS; call = next++) {
    for (;;) {
      try {
        await sendBatchWithResend(batches[call], `pacing/${process.pid}/${call}`);
        break;
      } catch (error) {
        if (!(error instanceof TransientEmailError)) throw error;
        retried++;
      }
    }
  }
}

await Promise.all([lane(), lane()]);
blocking = false;
await blocker;
await resend.close();

const emails = CALLS * BATCH;
// The first window's calls go at once: the rate is the other calls' emails over the time from the
// first delivery to the last (each call waited for its window).
const rate = (emails - RATE * BATCH) / ((last - first) / 1000);
const doubled = [...resend.perRecipient.values()].filter((n) => n > 1).length;
const exact = resend.stats.delivered === emails && doubled === 0;
console.log(`| emails/s | % of the ceiling (${RATE * BATCH}/s) | calls | answered 429 | event loop blocked in bursts |`);
console.log(`|---|---|---|---|---|`);
console.log(
  `| ${rate.toFixed(0)} | ${((rate / (RATE * BATCH)) * 100).toFixed(0)} % | ${resend.stats.calls} | ${resend.stats.rateLimited} (retried ${retried}) | ${BLOCK ? "yes" : "no"} |`,
);
console.log(`machine load at start: ${loadAtStart}`);
console.log(`machine load at end:   ${load()}`);
console.log(exact ? "Every email was sent exactly once." : "MISMATCH: an email is missing or was sent twice!");
process.exit(exact ? 0 : 1);
