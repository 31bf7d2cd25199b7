// The worker process: runs every queue's handler, the cron schedules and the email dispatcher.
// Any number of workers can run; pg-boss hands each job to one of them and fires each schedule
// once; the dispatcher's batches are leased to one worker at a time.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type PgBoss from "pg-boss";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { createBoss, createQueues } from "~/utils/jobs.server";
import { recountAllPetitions, tallySignatures } from "~/modules/petitions/tally.server";
import { ADDRESS_REQUEST_BATCH, answerAddressRequests } from "~/models/address-request.server";
import { cronOf, QUEUES, SCHEDULES, TALLY_INTERVAL_MS, type JobDefinition, type JobTable, type QueueKey } from "~/utils/queues";
import { runRetention } from "./retention.server";
import { startEmailDispatcher } from "./dispatch-emails.server";
import { listenForWakeUps } from "./wake-ups.server";
import { documentRequestJobs } from "~/modules/document-requests/jobs.server";
import { petitionJobs } from "~/modules/petitions/jobs.server";
import { donationJobs } from "~/modules/donations/jobs.server";
import { newsletterJobs } from "~/modules/newsletter/jobs.server";
import { resumeStalledDigests } from "~/modules/newsletter/digest.server";
import { petitionMailingJobs } from "~/modules/petition-mailing/jobs.server";
import { mandateFilingJobs } from "~/modules/mandate-filing/jobs.server";
import { eventJobs } from "~/modules/events/jobs.server";
import { groupJobs } from "~/modules/groups/jobs.server";
import { log } from "~/utils/log.server";
import { outageBackOffMs } from "./back-off";

/** Handlers of the queues named in utils/queues.ts (features not yet moved to app/modules/). */
const HANDLERS: Record<QueueKey, JobDefinition["handler"]> = {
  retention: () => runRetention(),
  recountPetitions: async () => {
    const result = await recountAllPetitions();
    log.info("recount: done", { petitions: result.petitions, drift: result.drift });
    return result;
  },
  answerAddressRequest: (jobs: PgBoss.Job<{ sealed: string; attempt?: number }>[]) => answerAddressRequests(jobs),
};

/** A queue of utils/queues.ts as a job definition: its handler, its schedule and batch size. */
const coreJob = (key: QueueKey): JobDefinition => ({
  ...QUEUES[key],
  handler: HANDLERS[key],
  cron: SCHEDULES.find((schedule) => schedule.queue === key)?.cron,
  // One job per fetch, but for the address requests: a batch each fetch (see answerAddressRequests).
  batchSize: key === "answerAddressRequest" ? ADDRESS_REQUEST_BATCH : 1,
});

/**
 * Every job the worker runs: the queues of utils/queues.ts, then each feature module's table
 * (app/modules/<feature>/jobs.server.ts). A module's new job is declared in its folder only.
 */
export const JOBS = {
  // Object.fromEntries loses the keys' type; HANDLERS (a Record<QueueKey, ...>) has every one.
  ...(Object.fromEntries((Object.keys(HANDLERS) as QueueKey[]).map((key) => [key, coreJob(key)])) as Record<QueueKey, JobDefinition>),
  ...documentRequestJobs,
  ...petitionJobs,
  ...donationJobs,
  ...newsletterJobs,
  ...petitionMailingJobs,
  ...mandateFilingJobs,
  ...eventJobs,
  ...groupJobs,
} satisfies JobTable;

export type JobKey = keyof typeof JOBS;

/** How often a worker says it is alive (worker_heartbeat) and looks for digests whose sender died. */
export const HEARTBEAT_INTERVAL_MS = 10_000;

/** Runs `task` every `ms`, one run at a time; a failure (the database away) is logged and the next tick tries again. */
function every(ms: number, name: string, task: () => Promise<unknown>) {
  let running = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = task()
      .then(() => undefined)
      .catch((error) => log.error(`${name}: failed`, { error }))
      .finally(() => (busy = false));
  }, ms);
  return { stop: async () => (clearInterval(timer), await running) };
}

export async function startWorker({
  queues = Object.keys(JOBS) as JobKey[],
  pollingIntervalSeconds = env().JOB_POLLING_SECONDS,
  schedules = true,
  tally = true,
  emails = true,
  emailIdleMilliseconds,
}: {
  queues?: JobKey[];
  pollingIntervalSeconds?: number;
  schedules?: boolean;
  tally?: boolean;
  emails?: boolean;
  /** How often the email dispatcher looks at an outbox that no wake-up announced (its default: 5 s). */
  emailIdleMilliseconds?: number;
} = {}) {
  const owner = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const boss = await startWaitingOutOutages(async () => {
    const candidate = createBoss({ supervise: true, schedule: schedules });
    // pg-boss reports lost connections here and carries on; its pool reconnects by itself.
    candidate.on("error", (error) => log.error("pg-boss", { error }));
    try {
      await candidate.start();
      await createQueues(candidate, Object.values(JOBS));
      return candidate;
    } catch (error) {
      await candidate.stop({ graceful: false, wait: false }).catch(() => undefined);
      throw error;
    }
  });
  const dispatcher = emails ? startEmailDispatcher({ owner, idleMilliseconds: emailIdleMilliseconds }) : undefined;
  // Each queue's pg-boss worker is woken between polls by a committed enqueue (wake-ups.server.ts),
  // and after a job done, so that a queue drains at once rather than a job per poll (a failed job
  // waits for its retry delay, whatever happens here).
  const workIds = new Map<string, string>();
  const wakeQueue = (name: string) => {
    const id = workIds.get(name);
    if (id) boss.notifyWorker(id);
  };
  for (const key of queues) {
    const job: JobDefinition = JOBS[key];
    const handler: JobDefinition["handler"] = async (jobs) => {
      const result = await job.handler(jobs);
      wakeQueue(job.name);
      return result;
    };
    workIds.set(job.name, await boss.work(job.name, { pollingIntervalSeconds, batchSize: job.batchSize ?? 1 }, handler));
  }
  const wakeUps = listenForWakeUps({
    onJob: wakeQueue,
    onEmail: () => dispatcher?.wake(),
    onReconnect: () => {
      for (const name of workIds.keys()) wakeQueue(name);
      dispatcher?.wake();
    },
  });
  if (schedules) {
    for (const job of Object.values<JobDefinition>(JOBS)) {
      const cron = cronOf(job);
      if (cron) await boss.schedule(job.name, cron, {}, { tz: "Europe/Paris" });
    }
  }
  // Counts: every worker tries; an advisory lock lets one tally at a time.
  const timers = [
    ...(tally ? [every(TALLY_INTERVAL_MS, "tally", tallySignatures)] : []),
    every(HEARTBEAT_INTERVAL_MS, "heartbeat", () => heartbeat(owner)),
    // A digest whose sender died is taken over once its lease (JOB_LEASE_SECONDS) has run out.
    ...(queues.includes("sendDigest") ? [every(HEARTBEAT_INTERVAL_MS, "resume digests", resumeStalledDigests)] : []),
  ];
  await heartbeat(owner).catch(() => undefined);
  return {
    boss,
    owner,
    stop: async (graceful = true) => {
      await Promise.all([...timers.map((timer) => timer.stop()), dispatcher?.stop(), wakeUps.stop()]);
      await boss.stop({ graceful, wait: true, timeout: 10_000 });
      await db()
        .workerHeartbeat.deleteMany({ where: { owner } })
        .catch(() => undefined);
    },
  };
}

/** Records that this worker is alive (read by /healthz?worker) and forgets workers gone for a day. */
async function heartbeat(owner: string) {
  await db().$transaction([
    db().$executeRaw`
      INSERT INTO worker_heartbeat (owner, host, pid, beat_at) VALUES (${owner}, ${hostname()}, ${process.pid}, now())
      ON CONFLICT (owner) DO UPDATE SET beat_at = now()`,
    db().$executeRaw`DELETE FROM worker_heartbeat WHERE beat_at < now() - interval '1 day'`,
  ]);
}

/** Starting while the database is away (a reboot brings both up together): try again until it answers. */
async function startWaitingOutOutages<T>(start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt === 1) log.error("worker: waiting for the database", { error });
      await new Promise((resolve) => setTimeout(resolve, outageBackOffMs(attempt)));
    }
  }
}
