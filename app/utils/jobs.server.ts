// pg-boss on the application's PostgreSQL. Jobs are enqueued inside the transaction that
// writes the rows they concern (`enqueue(tx, …)`): a rolled-back transaction leaves no job,
// a committed one always has its job.
import PgBoss from "pg-boss";
import { QUEUES, type QueueDefinition, type QueueKey, type QueueOptions } from "./queues";
import type { Prisma } from "~/generated/prisma/client";
import { env } from "./env.server";
import { log } from "./log.server";

export type Tx = Prisma.TransactionClient;

let client: Promise<PgBoss> | undefined;
/** The module queues this process has created (those of utils/queues.ts are created with the client). */
const created = new Set<string>();

export function createBoss(options: PgBoss.ConstructorOptions = {}) {
  return new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: "pgboss",
    max: 4,
    ...options,
  });
}

/**
 * Creates the queues that do not exist yet. Web processes and workers starting together on a
 * fresh database can deadlock in pg-boss's create_queue (each attaches a partition to the job
 * table); creating a queue is idempotent, so the loser tries again. A web process creates the
 * queues it may enqueue to (utils/queues.ts); the worker passes its whole table, modules' included.
 */
export async function createQueues(boss: PgBoss, queues: readonly { name: string; options: QueueOptions }[] = Object.values(QUEUES)) {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const queue of queues) {
    if (existing.has(queue.name)) continue;
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "40P01" || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
      }
    }
  }
}

/** A pg-boss client for enqueueing (no maintenance, no schedules: the worker does those). */
export function jobClient(): Promise<PgBoss> {
  client ??= (async () => {
    const boss = createBoss({ supervise: false, schedule: false });
    boss.on("error", (error) => log.error("pg-boss", { error }));
    await boss.start();
    await createQueues(boss);
    return boss;
  })().catch((error) => {
    client = undefined;
    throw error;
  });
  return client;
}

export async function stopJobClient() {
  const current = client;
  client = undefined;
  created.clear();
  await (await current)?.stop({ graceful: false, wait: true });
}

/** Lets pg-boss run its INSERT on the caller's Prisma transaction. */
function executor(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values);
      return { rows };
    },
  };
}

/**
 * The client, with the queue created: a feature module's queue (its `queues.ts`, name and options
 * without the handler) is created by the first process that enqueues to it, as the worker does.
 */
async function clientFor(queue: QueueKey | QueueDefinition) {
  const boss = await jobClient();
  if (typeof queue === "string") return { boss, name: QUEUES[queue].name };
  if (!created.has(queue.name)) {
    await createQueues(boss, [queue]);
    created.add(queue.name);
  }
  return { boss, name: queue.name };
}

/** The channels on which a committed transaction wakes the workers (app/jobs/wake-ups.server.ts). */
export const WAKE_UP_CHANNELS = { jobs: "technopolice_jobs", emails: "technopolice_emails" } as const;

/**
 * Tells the workers, once `tx` commits, that there is work: a job on `queue` or, without one,
 * queued emails. PostgreSQL delivers a NOTIFY at commit and drops it on rollback, and merges the
 * same one sent twice in a transaction.
 */
export async function wakeWorkers(tx: Tx, queue?: string) {
  await tx.$executeRaw`SELECT pg_notify(${queue ? WAKE_UP_CHANNELS.jobs : WAKE_UP_CHANNELS.emails}, ${queue ?? ""})`;
}

/**
 * Enqueues a job as part of `tx`, to a queue of utils/queues.ts (by its key) or of a feature
 * module (its definition). With a singletonKey, a second job with the same key is not created
 * while the first is queued or running. A worker starts it as soon as `tx` commits.
 */
export async function enqueue(tx: Tx, queue: QueueKey | QueueDefinition, data: object, options: PgBoss.SendOptions = {}) {
  const { boss, name } = await clientFor(queue);
  const id = await boss.send(name, data, { ...options, db: executor(tx) });
  await wakeWorkers(tx, name);
  return id;
}

/** Enqueues many jobs of one queue as part of `tx`, in one statement (see `enqueue` for singletonKey). */
export async function enqueueMany(tx: Tx, queue: QueueKey | QueueDefinition, jobs: { data: object; singletonKey?: string }[]) {
  if (jobs.length === 0) return;
  const { boss, name } = await clientFor(queue);
  await boss.insert(
    jobs.map(({ data, singletonKey }) => ({ name, data, singletonKey })),
    { db: executor(tx) },
  );
  await wakeWorkers(tx, name);
}
