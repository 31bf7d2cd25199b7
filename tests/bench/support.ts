// Shared by the benchmarks (scripts/bench.ts, tests/bench/sign.ts, spike.ts, known-unknown.ts): a
// seeded database, the built site as production runs it, the signing crowd's set-up, autocannon
// runs and the arithmetic on their results.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { ensureDatabase } from "../../scripts/embedded-database";
import { prepareDatabase, recreateDatabase } from "../support/databases";
import { TEST_ENV } from "../support/test-env";

const children = new Set<ChildProcess>();
export function stopChild(child: ChildProcess) {
  children.delete(child);
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
// A benchmark that stops, even on an error, stops the site and the worker it started.
process.on("exit", () => {
  for (const child of children) child.kill("SIGTERM");
});
process.on("SIGINT", () => process.exit(130));

/** A fresh database `<DATABASE_URL's name or the embedded one>_bench`, migrated and seeded. */
export async function benchDatabase() {
  if (!existsSync("build/index.js")) throw new Error("Run `npm run build` first.");
  const server = await ensureDatabase();
  process.env.DATABASE_URL = server.url;
  const url = await recreateDatabase(`${new URL(server.url).pathname.slice(1)}_bench`);
  await prepareDatabase(url, { seed: true });
  return { url, stop: server.stop };
}

export function siteEnv({ url, port, webConcurrency, extra = {} }: { url: string; port: number; webConcurrency: number; extra?: Record<string, string> }) {
  // No real provider, unless `extra` names one (a stand-in's key).
  const { RESEND_API_KEY: _real, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...TEST_ENV,
    DATABASE_URL: url,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    EMAIL_OUTBOX: "true",
    WEB_CONCURRENCY: String(webConcurrency),
    ...extra,
    NODE_ENV: "production",
  };
  return env;
}

export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env });
  children.add(child);
  return child;
}

/**
 * The built site (server.js, as production runs it); resolves once `path` answers 200.
 * BENCH_NODE_ARGS passes options to its node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles".
 */
export async function startSite(env: NodeJS.ProcessEnv, path = "/villes/nice") {
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = startProcess("node", [...nodeArgs, "server.js"], env);
  await waitFor(`http://localhost:${env.PORT}${path}`);
  return child;
}

/**
 * The signing benchmarks' set-up (bench:sign, bench:spike): a fresh seeded database, the built site
 * and its worker, with what would refuse a crowd of signers that all are this machine lifted (no
 * minimum fill time, no per-IP limit; the per-address one stays: each email signs once), and the
 * city form's signed token, as a browser gets it with the page. `extra` adds to the environment.
 */
export async function startSigningSite({ port, webConcurrency, extra = {} }: { port: number; webConcurrency: number; extra?: Record<string, string> }) {
  const database = await benchDatabase();
  const env = siteEnv({
    url: database.url,
    port,
    webConcurrency,
    extra: {
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "16",
      FORM_GUARD_MIN_SECONDS: "0",
      RATE_LIMITS: "petition-sign:ip=100000000/60,petition-sign:email=100/60",
      ...extra,
    },
  });
  const site = await startSite(env);
  const worker = startProcess("node", ["--import", "tsx", "scripts/worker.ts"], env);
  const page = await (await fetch(`http://localhost:${port}/villes/nice`)).text();
  const guardToken = page.match(new RegExp(`name="${FORM_GUARD_FIELDS.token}" value="([^"]+)"`))?.[1];
  if (!guardToken) throw new Error("no form guard token in the city page");
  return {
    database,
    env,
    guardToken,
    /** Stops the site and the worker (the database server stays up: `database.stop()`). */
    stop: async () => {
      await stopChild(site);
      await stopChild(worker);
    },
  };
}

let signers = 0;

/**
 * Autocannon's request for one signer of Nice's petition, as a browser without JavaScript posts
 * the form: `signer(n)` gives the n-th signer's fields (n counts across every run of the process,
 * so each signer's address is new); `onResponse` hears each signer's answer.
 */
export function signingRequest({
  base,
  guardToken,
  signer,
  onResponse,
}: {
  base: string;
  guardToken: string;
  signer: (n: number) => { email: string } & Record<string, string>;
  onResponse: (email: string, status: number) => void;
}): autocannon.Request {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    setupRequest: (request, context) => {
      const fields = signer(signers++);
      (context as { email?: string }).email = fields.email;
      const body = new URLSearchParams({
        ...fields,
        consentProcessing: "on",
        [FORM_GUARD_FIELDS.honeypot]: "",
        [FORM_GUARD_FIELDS.token]: guardToken,
      });
      return { ...request, body: body.toString() };
    },
    onResponse: (status, _body, context) => onResponse((context as { email: string }).email, status),
  };
}

export async function waitFor(url: string) {
  for (let i = 0; ; i++) {
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    if (i > 300) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const runAutocannon = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits });
