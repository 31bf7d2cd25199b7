// The site's own schedules (the worker's job table, JOBS in app/jobs/worker.server.ts: the queues
// of app/utils/queues.ts and the feature modules' jobs) as the worker registers and handles them:
// two workers, as two machines would run.
import { expect, test } from "vitest";
import { JOBS, startWorker, type JobKey } from "~/jobs/worker.server";
import { db } from "~/utils/db.server";
import { cronOf, type JobDefinition } from "~/utils/queues";

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test("two workers register each of the site's schedules once, in Paris time, and handle what a tick sends", async () => {
  const table: [JobKey, JobDefinition][] = Object.entries(JOBS).map(([key, job]) => [key as JobKey, job]);
  const scheduled = table.filter(([, job]) => job.cron).map(([key]) => key);
  const options = { queues: scheduled, pollingIntervalSeconds: 0.5, tally: false, emails: false };
  const workers = [await startWorker(options), await startWorker(options)];
  try {
    const rows = await db().$queryRaw<{ name: string; cron: string; timezone: string }[]>`
      SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`;
    const expected = [...table.flatMap(([, job]) => (job.cron ? [{ name: job.name, cron: cronOf(job), timezone: "Europe/Paris" }] : []))].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(rows).toEqual(expected);

    // What a tick does is send one job to the queue; each is taken by one of the workers and completes.
    const sent = new Map<string, JobKey>();
    for (const queue of scheduled) sent.set((await workers[0].boss.send(JOBS[queue].name, {}))!, queue);
    const states = await waitFor(
      () => db().$queryRaw<{ id: string; name: string; state: string; output: unknown }[]>`
        SELECT id::text, name, state::text, output FROM pgboss.job WHERE id = ANY(${[...sent.keys()]}::uuid[])`,
      (jobs) => jobs.length === sent.size && jobs.every((job) => job.state === "completed" || job.state === "failed"),
      "the scheduled jobs to finish",
    );
    expect(states.filter((job) => job.state !== "completed")).toEqual([]);
  } finally {
    for (const worker of workers) await worker.stop(false);
    await db().$executeRaw`DELETE FROM pgboss.schedule`;
  }
}, 120_000);
