// npm run bench:uploads — issue 29: six reports posted at once to /signaler, each with five 10 MB
// PDFs of ~300,000 tiny objects (the issue's file), while /healthz is asked every 50 ms and the web
// process's memory (RSS: its threads, the PDF cleaning ones included) is read every 50 ms. Prints
// /healthz p50/p99/max before, during and after, the RSS (peak during, after), each report's time
// and status, and the machine's load. Then one report with a small PDF, which must be accepted:
// the cleaning thread loads in the build. Asserts nothing about time (this machine is shared).
//   BENCH_REPORTS=6 BENCH_FILES=5 npm run bench:uploads
// Run `npm run build` first. Uses DATABASE_URL's server (database <name>_bench) or the embedded one.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { benchDatabase, fmt, median, siteEnv, startSite, stopChild } from "./support";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 6);
const FILES = Number(process.env.BENCH_FILES ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const load = () =>
  execFileSync("uptime", { encoding: "utf8" })
    .trim()
    .replace(/^.*load/, "load");

/** The issue's file, byte for byte. */
function manyObjectsPdf() {
  let s = "%PDF-1.4\n";
  for (let i = 1; s.length < 10485560; i++) s += `${i} 0 obj\n<< /A ${i} >>\nendobj\n`;
  return Buffer.from(`${s}%%EOF\n`, "latin1");
}

const loadAtStart = load();
const database = await benchDatabase();
// One web process (no cluster): its pid is the process whose memory is read. Per-IP limits as in
// production (six reports from one address are within them); no minimum fill time.
const env = siteEnv({ url: database.url, port: PORT, webConcurrency: 1, extra: { FORM_GUARD_MIN_SECONDS: "0" } });
const site = await startSite(env, "/healthz");
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${site.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

const page = await (await fetch(`${BASE}/signaler`)).text();
const token = page.match(new RegExp(`name="${FORM_GUARD_FIELDS.token}" value="([^"]+)"`))?.[1];
if (!token) throw new Error("no form guard token in /signaler");

function report(files: { name: string; bytes: Buffer }[]) {
  const form = new FormData();
  const fields = {
    commune: "Rennes",
    kind: "VIDEO_ANALYTICS",
    title: "Caméras augmentées",
    description: "La ville installe un logiciel d'analyse automatisée sur ses caméras.",
    email: `bench.${Math.random().toString(36).slice(2)}@example.org`,
    [FORM_GUARD_FIELDS.honeypot]: "",
    [FORM_GUARD_FIELDS.token]: token!,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append("documents", new Blob([new Uint8Array(file.bytes)], { type: "application/pdf" }), file.name);
  const started = performance.now();
  return fetch(`${BASE}/signaler`, { method: "POST", body: form, headers: { origin: BASE }, redirect: "manual" }).then(async (response) => {
    await response.arrayBuffer();
    return { status: response.status, seconds: (performance.now() - started) / 1000 };
  });
}

/** Asks /healthz one request after the other (and reads the RSS) until `until` settles. */
async function sample(until: Promise<unknown>) {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  let peakRss = 0;
  while (!done) {
    const started = performance.now();
    await fetch(`${BASE}/healthz`).then((response) => response.arrayBuffer());
    latencies.push(performance.now() - started);
    peakRss = Math.max(peakRss, rssMb());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: median(sorted), p99: at(0.99), max: sorted[sorted.length - 1], peakRss };
}
const seconds = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));
const line = (name: string, s: Awaited<ReturnType<typeof sample>>) =>
  console.log(
    `${name.padEnd(8)} /healthz n=${s.n} p50 ${fmt(s.p50, 1)} ms  p99 ${fmt(s.p99, 1)} ms  max ${fmt(s.max, 1)} ms   web RSS peak ${fmt(s.peakRss)} MB`,
  );

const many = manyObjectsPdf();
console.log(`machine at start: ${loadAtStart}`);
console.log(`${REPORTS} reports × ${FILES} PDFs of ${fmt(many.length / 2 ** 20, 1)} MB, one web process`);
const idle = await sample(seconds(3));
line("idle", idle);
const posted = Promise.all(
  Array.from({ length: REPORTS }, () => report(Array.from({ length: FILES }, (_, i) => ({ name: `many-${i + 1}.pdf`, bytes: many })))),
);
const during = await sample(posted);
line("uploads", during);
const results = await posted;
console.log(`reports: ${results.map((r) => `${r.status} in ${fmt(r.seconds, 1)} s`).join(", ")}`);
const after = await sample(seconds(3));
line("after", after);
console.log(`web RSS after: ${fmt(rssMb())} MB`);

const small = await PDFDocument.create();
small.addPage([200, 200]).drawText("Délibération");
const accepted = await report([{ name: "deliberation.pdf", bytes: Buffer.from(await small.save()) }]);
console.log(`a report with a small PDF: ${accepted.status} (a redirect when accepted)`);
console.log(`machine at end: ${load()}`);
await stopChild(site);
await database.stop();
if (accepted.status !== 302 && accepted.status !== 303) process.exit(1);
