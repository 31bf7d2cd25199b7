// Production web server: node:http, static files, then Remix (app/utils/node-http.server.ts).
// WEB_CONCURRENCY=n forks n processes that share the port (web instances are stateless).
import cluster from "node:cluster";
import { existsSync, readdirSync } from "node:fs";
import http from "node:http";
import serveStatic from "serve-static";

// .env is optional; variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");

const workers = Number(process.env.WEB_CONCURRENCY ?? 1);

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    if (code !== 0) console.error(`web process ${worker.process.pid} exited with code ${code}`);
  });
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
  server.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Technopolice listening on http://localhost:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
