// Wake-ups: a transaction that enqueues a job or queues an email also sends a NOTIFY, which
// PostgreSQL delivers only if it commits (utils/jobs.server.ts, `wakeWorkers`). The worker LISTENs
// and fetches at once, so a committed job starts within milliseconds instead of at the next poll;
// polling stays as the safety net for what no notification announces (a retry's delay, a cron
// job, a notification lost while this connection was down), and can be slow.
import pg from "pg";
import { databaseEnv } from "~/utils/env.server";
import { WAKE_UP_CHANNELS } from "~/utils/jobs.server";
import { log } from "~/utils/log.server";
import { outageBackOffMs } from "./back-off";

export type WakeUps = { stop: () => Promise<void> };

/**
 * Listens on its own connection. `onJob(queue)` runs for each committed enqueue, `onEmail()` for
 * each committed email; after a lost connection it reconnects with a back-off (≤ 10 s), then calls
 * `onReconnect()`, since what was committed meanwhile was announced to no one. Never throws.
 */
export function listenForWakeUps({ onJob, onEmail, onReconnect }: { onJob: (queue: string) => void; onEmail: () => void; onReconnect: () => void }): WakeUps {
  let stopping = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  function scheduleReconnect() {
    if (stopping || retry) return;
    failures++;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, outageBackOffMs(failures));
  }

  async function connect() {
    const candidate = new pg.Client({ connectionString: databaseEnv().DATABASE_URL });
    client = candidate;
    // A dropped connection emits "error" and then "end": both lead to one reconnection.
    candidate.on("error", (error) => {
      if (failures === 0 && !stopping) log.error("wake-ups: connection lost", { error });
      scheduleReconnect();
    });
    candidate.on("end", scheduleReconnect);
    candidate.on("notification", (message) => {
      if (message.channel === WAKE_UP_CHANNELS.jobs && message.payload) onJob(message.payload);
      else if (message.channel === WAKE_UP_CHANNELS.emails) onEmail();
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${WAKE_UP_CHANNELS.jobs}; LISTEN ${WAKE_UP_CHANNELS.emails}`);
      if (stopping) return void (await candidate.end().catch(() => undefined));
      if (failures > 0) {
        log.info("wake-ups: listening again", { failures });
        failures = 0;
        onReconnect();
      }
    } catch {
      candidate.removeAllListeners("end");
      await candidate.end().catch(() => undefined);
      scheduleReconnect();
    }
  }

  void connect();
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
