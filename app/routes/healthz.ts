import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { log } from "~/utils/log.server";

/** A worker whose last heartbeat is older than this is taken for dead. */
const WORKER_STALE_SECONDS = 60;

/**
 * For load balancers and monitoring. `/healthz`: 200 when this web process reaches the
 * database, else 503. `/healthz?worker`: also 503 unless some worker has said it was alive in
 * the last minute (app/jobs/worker.server.ts writes worker_heartbeat every 10 s).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const checkWorker = new URL(request.url).searchParams.has("worker");
  const headers = { "Cache-Control": "no-store" };
  try {
    const [row] = await db().$queryRaw<{ age: number | null; workers: bigint }[]>`
      SELECT extract(epoch FROM now() - max(beat_at))::float8 AS age,
             count(*) FILTER (WHERE beat_at > now() - make_interval(secs => ${WORKER_STALE_SECONDS})) AS workers
      FROM worker_heartbeat`;
    const workers = Number(row?.workers ?? 0);
    const worker = { ok: workers > 0, alive: workers, lastHeartbeatSecondsAgo: row?.age === null || row?.age === undefined ? null : Math.round(row.age) };
    const ok = !checkWorker || worker.ok;
    return Response.json({ status: ok ? "ok" : "worker down", database: "ok", worker }, { status: ok ? 200 : 503, headers });
  } catch (error) {
    log.error("healthz: check failed", { error, request });
    return Response.json({ status: "database unreachable", database: "unreachable" }, { status: 503, headers: { ...headers, "Retry-After": "10" } });
  }
}
