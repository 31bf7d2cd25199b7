// Production web server: static assets and the Remix request handler.
// WEB_CONCURRENCY=n forks n processes that share the port (web instances are stateless).
import cluster from "node:cluster";
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { existsSync, readdirSync } from "node:fs";

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
  const app = express();
  app.disable("x-powered-by");
  const { securityMiddleware, loadContext, pageCache } = build.entry.module;
  // Security headers and the origin check on every response, static files included.
  app.use(securityMiddleware);
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  // Only paths under public/'s own entries look on disk: pages and the API skip a stat() each.
  const publicEntries = new Set(readdirSync("public"));
  const publicFiles = express.static("public", { maxAge: "1h" });
  app.use((req, res, next) => (publicEntries.has(req.path.split("/")[1]) ? publicFiles(req, res, next) : next()));
  // Anonymous visitors share the busiest public pages for a second (app/utils/page-cache.server.ts).
  app.use(pageCache({ build, getLoadContext: loadContext }));
  app.all("*", createRequestHandler({ build, mode: build.mode, getLoadContext: loadContext }));
  const port = Number(process.env.PORT ?? 3000);
  const server = app.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Technopolice listening on http://localhost:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
