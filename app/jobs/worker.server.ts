// The worker process: runs every queue's handler and the cron schedules. Any number of
// workers can run; pg-boss hands each job to one of them and fires each schedule once.
import type PgBoss from "pg-boss";
import { env } from "~/utils/env.server";
import { createBoss, createQueues } from "~/utils/jobs.server";
import { QUEUES, SCHEDULES, type QueueKey } from "./queues";
import { runRetention } from "./retention.server";
import { sendEmail } from "./send-email.server";

type Handler = (jobs: PgBoss.Job<never>[]) => Promise<unknown>;

const HANDLERS: Record<QueueKey, Handler> = {
  sendEmail,
  retention: () => runRetention(),
};

export async function startWorker({
  queues = Object.keys(HANDLERS) as QueueKey[],
  pollingIntervalSeconds = env().JOB_POLLING_SECONDS,
  schedules = true,
}: { queues?: QueueKey[]; pollingIntervalSeconds?: number; schedules?: boolean } = {}) {
  const boss = createBoss({ supervise: true, schedule: schedules });
  boss.on("error", (error) => console.error("pg-boss:", error));
  await boss.start();
  await createQueues(boss);
  for (const key of queues) {
    await boss.work(QUEUES[key].name, { pollingIntervalSeconds, batchSize: 1 }, HANDLERS[key]);
  }
  if (schedules) {
    for (const { queue, cron } of SCHEDULES) await boss.schedule(QUEUES[queue].name, cron, {}, { tz: "Europe/Paris" });
  }
  return {
    boss,
    stop: (graceful = true) => boss.stop({ graceful, wait: true, timeout: 10_000 }),
  };
}
