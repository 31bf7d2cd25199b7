// The built site as production runs it (node server.js), started by a test with its own
// environment and port, with its output kept so that tests can wait for what it says.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { execFileSync } from "node:child_process";

export async function freePort() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function until<T>(check: () => Promise<T> | T, { timeout = 30_000, message = "condition" } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`${message}: not met in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type SiteProcess = {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
  /** The pids of the primary's web processes (WEB_CONCURRENCY > 1). */
  webProcesses: () => number[];
  stop: () => Promise<void>;
};

export async function startSiteProcess(env: NodeJS.ProcessEnv, { path = "/healthz" }: { path?: string } = {}): Promise<SiteProcess> {
  const port = await freePort();
  const child = spawn("node", ["server.js"], {
    env: { ...env, PORT: String(port), PUBLIC_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await until(
    () =>
      fetch(`${url}${path}`).then(
        (r) => r.status < 500,
        () => false,
      ),
    { message: `${url}${path} answering`, timeout: 150_000 },
  );
  return {
    child,
    url,
    output: () => output,
    exited,
    webProcesses: () => {
      try {
        return execFileSync("ps", ["-o", "pid=", "--ppid", String(child.pid)], { encoding: "utf8" })
          .split("\n")
          .map((line) => Number(line.trim()))
          .filter(Boolean);
      } catch {
        return [];
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
