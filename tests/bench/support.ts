// Shared by the benchmarks (scripts/bench.ts, tests/bench/sign.ts): a seeded database, the built
// site as production runs it, autocannon runs and the arithmetic on their results.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...TEST_ENV,
    DATABASE_URL: url,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    EMAIL_OUTBOX: "true",
    WEB_CONCURRENCY: String(webConcurrency),
    ...extra,
    NODE_ENV: "production",
  };
  delete env.RESEND_API_KEY;
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
