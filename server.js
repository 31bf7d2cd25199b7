// Production web server: node:http, static files, then Remix (app/utils/node-http.server.ts).
// WEB_CONCURRENCY=n forks n processes that share the port (web instances are stateless).
import cluster from "node:cluster";
import { existsSync, readdirSync } from "node:fs";
import http from "node:http";
import serveStatic from "serve-static";

// .env is optional; variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");

const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
/** How long a process may take to finish its in-flight requests after SIGTERM. */
const DRAIN_MS = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 10) * 1000;

if (cluster.isPrimary && workers > 1) {
  // Supervision: a process that dies is forked again; one that dies soon after its start
  // counts as a crash loop and waits longer each time (0.5 s, 1 s, 2 s ... 30 s). If no
  // process has been alive for a minute, the primary gives up and exits non-zero, so that
  // systemd (Restart=on-failure) takes over.
  let stopping = false;
  let crashes = 0;
  let lastAlive = Date.now();
  const fork = () => {
    const worker = cluster.fork();
    worker.startedAt = Date.now();
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on("listening", () => (lastAlive = Date.now()));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    console.error(`web process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
    const quick = Date.now() - (worker.startedAt ?? 0) < 10_000;
    crashes = quick ? crashes + 1 : 0;
    const alive = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead()).length;
    if (alive > 0) lastAlive = Date.now();
    if (alive === 0 && Date.now() - lastAlive > 60_000) {
      console.error("no web process could be kept alive for a minute: giving up");
      process.exit(1);
    }
    setTimeout(
      () => {
        if (!stopping) fork();
      },
      quick ? Math.min(30_000, 250 * 2 ** crashes) : 0,
    );
  });
  // A deploy or `systemctl restart`: each process stops accepting, finishes what it has
  // started (at most DRAIN_MS) and exits; then the primary exits.
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter(Boolean);
    if (alive.length === 0) process.exit(0);
    for (const worker of alive) worker.process.kill(signal);
    setTimeout(() => {
      console.error("web processes did not stop in time");
      process.exit(1);
    }, DRAIN_MS + 5_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGTERM"));
} else {
  let build;
  try {
    build = await import("./build/index.js");
    build.entry.module.checkEnvironment?.();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { securityMiddleware, loadContext, pageCache, remixHandler } = build.entry.module;
  // Fingerprinted bundles are immutable; other files in public/ may change with a deploy.
  const bundles = serveStatic("public", { immutable: true, maxAge: "1y", index: false });
  const publicFiles = serveStatic("public", { maxAge: "1h", index: false });
  // Only paths under public/'s own entries look on disk: pages and the API skip a stat() each.
  const publicEntries = new Set(readdirSync("public"));
  // Anonymous visitors share the busiest public pages for a second (app/utils/page-cache.server.ts).
  const sharedPages = pageCache({ build, getLoadContext: loadContext });
  const remix = remixHandler({ build, getLoadContext: loadContext });

  // Limits on what a client may send before the site reads it (README, security): headers of
  // at most 16 KB within 20 s, a whole request within 310 s (uploads have 300 s; forms 30 s,
  // app/utils/node-http.server.ts).
  const limits = { maxHeaderSize: 16 * 1024, headersTimeout: 20_000, requestTimeout: 310_000 };
  const server = http.createServer(limits, (req, res) => {
    const fail = (error) => {
      console.error(error);
      if (res.headersSent) return res.destroy();
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Internal Server Error");
    };
    const toRemix = () => sharedPages(req, res, (error) => (error ? fail(error) : remix(req, res).catch(fail)));
    // Security headers and the origin check on every response, static files included.
    securityMiddleware(req, res, () => {
      const first = (req.url ?? "/").split("?")[0].split("/")[1];
      if (first === "build") return bundles(req, res, toRemix);
      if (publicEntries.has(first)) return publicFiles(req, res, toRemix);
      toRemix();
    });
  });
  const port = Number(process.env.PORT ?? 3000);
  // HOST: the address to listen on (127.0.0.1: this machine only, as the demo does); unset, every
  // interface, for a server behind its reverse proxy or load balancer (README).
  const host = process.env.HOST || undefined;
  server.listen(port, host, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Technopolice listening on http://localhost:${port} (${host ?? "every interface"})`);
  });
  // Graceful stop: no new connections, idle keep-alive connections closed as soon as their
  // request is answered, and whatever is still running after DRAIN_MS is cut.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log(`web process ${process.pid}: stopping, answering the requests in flight`);
    server.close(() => process.exit(0));
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    idle.unref();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(1);
    }, DRAIN_MS).unref();
  };
  server.on("request", (req, res) => {
    if (stopping) res.shouldKeepAlive = false;
  });
  process.on("SIGTERM", stop);
  // In a cluster, Ctrl-C reaches every process: the primary forwards SIGTERM instead.
  process.on("SIGINT", cluster.isWorker ? () => {} : stop);
}
