// The floor of `npm run bench`: a bare Node http server answering each path with a body of the
// size the site's page has (FLOOR_SIZES='{"/": 12345, ...}'), with WEB_CONCURRENCY processes.
import cluster from "node:cluster";
import http from "node:http";

const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const bodies = new Map(Object.entries(JSON.parse(process.env.FLOOR_SIZES ?? "{}")).map(([path, size]) => [path, Buffer.alloc(size, "a")]));
  http
    .createServer((request, response) => {
      const body = bodies.get((request.url ?? "/").split("?")[0]) ?? Buffer.alloc(0);
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
      response.end(body);
    })
    .listen(Number(process.env.PORT));
  process.on("SIGTERM", () => process.exit(0));
}
