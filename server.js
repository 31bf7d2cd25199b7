// Production web server: node:http, static files, then Remix (app/utils/node-http.server.ts).
// WEB_CONCURRENCY=n forks n processes that share the port (web instances are stateless).
// Stops and restarts reset no one (issue 30; README, "Processes"): SIGTERM stops, SIGHUP restarts
// the web processes one after the other.
import cluster from "node:cluster";
import { existsSync, readdirSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { join } from "node:path";
import compression from "compression";
import serveStatic from "serve-static";

// .env is optional; variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");

const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
const port = Number(process.env.PORT ?? 3000);
// HOST: the address to listen on (127.0.0.1: this machine only, as the demo does); unset, every
// interface, for a server behind its reverse proxy or load balancer (README).
const host = process.env.HOST || undefined;
const listening = () => console.log(`Technopolice listening on http://localhost:${port} (${host ?? "every interface"})`);
/** How long a process may take to finish its in-flight requests after SIGTERM. */
const DRAIN_MS = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 10) * 1000;
// Between the primary and its web processes.
const READY = "technopolice:ready";
const CONNECTION = "technopolice:connection";
const STOP = "technopolice:stop";
const STOP_ME = "technopolice:stop-me";

/**
 * Stops a listening server from accepting, without http's close(), which also destroys the
 * connections Node counts as idle, those whose request has not been read yet among them. The
 * socket closes after a turn of the event loop that accepted nothing: closing it resets every
 * connection still in the kernel's accept queue, whose handshake was done before the signal.
 * Under a flood that never pauses, it closes after a second anyway.
 */
function closeWhenQuiet(server, onClosed = () => {}) {
  let accepted = 0;
  server.on("connection", () => accepted++);
  const deadline = Date.now() + 1_000;
  // An immediate set from an immediate runs in the next turn, after its poll has accepted what waited.
  const check = (seen) =>
    setImmediate(() => {
      if (accepted === seen || Date.now() > deadline) {
        net.Server.prototype.close.call(server);
        onClosed();
      } else check(accepted);
    });
  setImmediate(() => check(accepted));
}

/** The copies of public/build/'s files that scripts/precompress.ts wrote, by URL path: "/build/x.js" → [".br", ".gz"]. */
function precompressedCopies(dir = "public/build", url = "/build", found = new Map()) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) precompressedCopies(join(dir, entry.name), `${url}/${entry.name}`, found);
    const suffix = entry.name.slice(-3);
    if (suffix !== ".br" && suffix !== ".gz") continue;
    const original = `${url}/${entry.name.slice(0, -3)}`;
    found.set(original, [...(found.get(original) ?? []), suffix]);
  }
  return found;
}

const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];
const TYPES = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
  json: "application/json; charset=utf-8",
  map: "application/json; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

/** The copy to send for an Accept-Encoding header (brotli first, then gzip), or undefined. */
function chooseCopy(acceptEncoding, available) {
  const weights = new Map(
    String(acceptEncoding ?? "")
      .toLowerCase()
      .split(",")
      .map((part) => {
        const [name, ...params] = part.split(";").map((piece) => piece.trim());
        const q = params.find((param) => param.startsWith("q="));
        return [name, q ? Number(q.slice(2)) : 1];
      }),
  );
  return ENCODINGS.find(([encoding, suffix]) => available.includes(suffix) && (weights.get(encoding) ?? weights.get("*") ?? 0) > 0);
}

if (cluster.isPrimary && workers > 1) {
  // The primary owns the listening socket and hands each connection it accepts to a web process
  // in turn (as Node's cluster does, but here it decides when to stop): a web process that stops
  // is sent no new connection, and the socket is closed only once the kernel's queue of accepted
  // connections is empty, so no one who connected before a stop is reset (issue 30).
  const listener = net.createServer({ pauseOnConnect: true }, (socket) => handOff(socket));
  /** Web processes that take connections, in turn; those stopping are no longer here. */
  const serving = [];
  /** Connections accepted while no web process is serving (at start, or all of them restarting). */
  const waiting = [];
  let turn = 0;
  const handOff = (socket) => {
    if (serving.length === 0) return void waiting.push(socket);
    const worker = serving[turn++ % serving.length];
    // A process that has just died (its exit not heard yet) cannot take it; that is a crash's loss.
    worker.send(CONNECTION, socket, (error) => error && socket.destroy());
  };
  const serve = (worker) => {
    serving.push(worker);
    for (const socket of waiting.splice(0)) handOff(socket);
  };
  const retire = (worker) => {
    const i = serving.indexOf(worker);
    if (i >= 0) serving.splice(i, 1);
    // Messages keep their order: every connection sent before this one reaches the process first.
    if (worker.isConnected()) worker.send(STOP, () => {});
  };

  // Supervision: a process that dies is forked again; one that dies soon after its start
  // counts as a crash loop and waits longer each time (0.5 s, 1 s, 2 s ... 30 s). If no
  // process has been alive for a minute, the primary gives up and exits non-zero, so that
  // systemd (Restart=on-failure) takes over.
  let stopping = false;
  let crashes = 0;
  let lastAlive = Date.now();
  /** Processes a rolling restart replaces, each stopped once a new one is ready. */
  const replaced = [];
  /** Set once the listening socket is closed: a process that becomes ready then stops at once. */
  let closed = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.startedAt = Date.now();
    worker.on("message", (message) => {
      if (message === READY) {
        lastAlive = Date.now();
        // It first takes the connections that waited for a process, if any.
        serve(worker);
        if (closed) return retire(worker);
        const old = replaced.shift();
        if (old) retire(old);
      }
      // SIGTERM sent to a web process alone: it stops once the primary sends it nothing more.
      if (message === STOP_ME && !worker.retired) {
        worker.retired = true;
        retire(worker);
        if (!stopping) fork();
      }
    });
  };
  for (let i = 0; i < workers; i++) fork();
  listener.listen(port, host, listening);
  cluster.on("exit", (worker, code, signal) => {
    const i = serving.indexOf(worker);
    if (i >= 0) serving.splice(i, 1);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (worker.retired) return;
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

  // A deploy or `systemctl restart` (SIGTERM): the listening socket closes once nothing waits
  // in its queue, every connection accepted until then is handed to a web process, then each
  // process answers what it was given (at most DRAIN_MS) and exits; then the primary exits.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    closeWhenQuiet(listener, () => {
      closed = true;
      for (const worker of [...serving]) retire(worker);
    });
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    setTimeout(() => {
      console.error("web processes did not stop in time");
      process.exit(1);
    }, DRAIN_MS + 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // `systemctl reload` (SIGHUP): a rolling restart. A new process (loading the new build) is
  // started for each one running; each old one stops once a new one serves. The listening socket
  // stays open throughout: nothing is refused, nothing reset.
  process.on("SIGHUP", () => {
    if (stopping) return;
    console.log("reloading: starting new web processes, then stopping the old ones");
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (!worker || worker.retired || replaced.includes(worker)) continue;
      worker.retired = true;
      replaced.push(worker);
      fork();
    }
  });
} else {
  // A web process of the cluster: its connections come from the primary, and so does the order to
  // stop (after the last connection it is given). Listened to before the build loads: nothing is missed.
  let server;
  let stopping = false;
  let stop = () => process.exit(0);
  if (cluster.isWorker) {
    process.on("message", (message, socket) => {
      if (message === CONNECTION && socket) server.emit("connection", socket);
      if (message === STOP) stop();
    });
    // Ctrl-C reaches every process: the primary decides. SIGTERM sent to this process alone
    // stops it once the primary has stopped handing it connections.
    process.on("SIGINT", () => {});
    process.on("SIGHUP", () => {});
    process.on("SIGTERM", () => process.send(STOP_ME));
  }
  let build;
  try {
    build = await import("./build/index.js");
    build.entry.module.checkEnvironment?.();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { securityMiddleware, loadContext, pageCache, remixHandler, drainOnStop } = build.entry.module;
  // Fingerprinted bundles are immutable; other files in public/ may change with a deploy.
  const bundles = serveStatic("public", { immutable: true, maxAge: "1y", index: false });
  const publicFiles = serveStatic("public", { maxAge: "1h", index: false });
  // Scripts and styles are sent as written at build time in brotli or gzip (scripts/precompress.ts);
  // everything else the site sends that is text is compressed as it goes, brotli first (issue 27).
  const copies = precompressedCopies();
  const compress = compression({ threshold: 1024 });
  const bundle = (req, res, next) => {
    const [path, query] = (req.url ?? "/").split("?", 2);
    let name = path;
    try {
      name = decodeURIComponent(path);
    } catch {
      return bundles(req, res, next);
    }
    const available = copies.get(name);
    if (!available) return bundles(req, res, next);
    res.setHeader("Vary", "Accept-Encoding");
    const chosen = chooseCopy(req.headers["accept-encoding"], available);
    if (!chosen) return bundles(req, res, next);
    const url = req.url;
    req.url = path + chosen[1] + (query === undefined ? "" : `?${query}`);
    res.setHeader("Content-Encoding", chosen[0]);
    res.setHeader("Content-Type", TYPES[name.split(".").pop()] ?? "application/octet-stream");
    bundles(req, res, (error) => {
      req.url = url;
      res.removeHeader("Content-Encoding");
      res.removeHeader("Content-Type");
      next(error);
    });
  };
  // Only paths under public/'s own entries look on disk: pages and the API skip a stat() each.
  const publicEntries = new Set(readdirSync("public"));
  // Anonymous visitors share the busiest public pages for a second (app/utils/page-cache.server.ts).
  const sharedPages = pageCache({ build, getLoadContext: loadContext });
  const remix = remixHandler({ build, getLoadContext: loadContext });

  // Limits on what a client may send before the site reads it (README, security): headers of
  // at most 16 KB within 20 s, a whole request within 310 s (uploads have 300 s; forms 30 s,
  // app/utils/node-http.server.ts).
  const limits = { maxHeaderSize: 16 * 1024, headersTimeout: 20_000, requestTimeout: 310_000 };
  server = http.createServer(limits, (req, res) => {
    const fail = (error) => {
      console.error(error);
      if (res.headersSent) return res.destroy();
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Internal Server Error");
    };
    const toRemix = () => sharedPages(req, res, (error) => (error ? fail(error) : remix(req, res).catch(fail)));
    // Security headers and the origin check on every response, static files included; a fresh
    // shared copy of a page carries its own (app/utils/page-cache.server.ts, serveCopy).
    const secured = () =>
      securityMiddleware(req, res, () => {
        const first = (req.url ?? "/").split("?")[0].split("/")[1];
        if (first === "build") return bundle(req, res, toRemix);
        if (publicEntries.has(first)) return publicFiles(req, res, toRemix);
        toRemix();
      });
    if (req.headers["accept-encoding"]) return compress(req, res, () => sharedPages.serveCopy(req, res) || secured());
    // Without Accept-Encoding there is nothing to choose, only the Vary header compression adds
    // (a shared copy's headers have it: app/entry.server.tsx).
    if (sharedPages.serveCopy(req, res)) return;
    res.setHeader("Vary", "Accept-Encoding");
    secured();
  });
  // Every connection is followed from its start, so that a stop answers each (drainOnStop).
  const drain = drainOnStop(server);
  stop = () => {
    if (stopping) return;
    stopping = true;
    console.log(`web process ${process.pid}: stopping, answering the requests in flight`);
    const closed = [drain.stop()];
    if (server.listening) {
      closeWhenQuiet(server);
      closed.push(new Promise((resolve) => server.once("close", resolve)));
    }
    Promise.all(closed).then(() => process.exit(0));
    setTimeout(() => {
      console.error(`web process ${process.pid}: ${drain.open()} connections still open after ${DRAIN_MS} ms, cut`);
      server.closeAllConnections();
      process.exit(1);
    }, DRAIN_MS).unref();
  };
  if (cluster.isWorker) {
    // The primary listens and hands connections over; Node starts its header and request
    // timeouts when a server starts listening, so this one is told it is.
    server.emit("listening");
    process.send(READY);
  } else {
    server.listen(port, host, listening);
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    // SIGHUP would end the process (and systemd would not start it again): one process cannot
    // hand over to itself.
    process.on("SIGHUP", () => console.error("a rolling restart (SIGHUP) needs WEB_CONCURRENCY of 2 or more; ignored"));
  }
}
