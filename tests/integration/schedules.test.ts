import { expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { createBoss, createQueues } from "~/utils/jobs.server";

test("a schedule fires once per tick with two worker instances running", async () => {
  // Two scheduling instances, as two worker processes would be, both checking every second.
  const bosses = [0, 1].map(() => createBoss({ supervise: false, schedule: true, cronWorkerIntervalSeconds: 1, cronMonitorIntervalSeconds: 1 }));
  for (const boss of bosses) {
    await boss.start();
    await createQueues(boss);
    await boss.schedule("retention", "* * * * *", {}, { tz: "Europe/Paris" });
  }
  const since = new Date();
  const count = async () =>
    Number((await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'retention' AND created_on >= ${since}`)[0].n);
  try {
    const deadline = Date.now() + 90_000;
    while ((await count()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await count()).toBe(1);
    // Both instances have had several chances to fire the same tick again.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const perTick = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = 'retention' AND created_on >= ${since}
      GROUP BY date_trunc('minute', created_on)`;
    expect(perTick.map((row) => Number(row.n))).toEqual(perTick.map(() => 1));
  } finally {
    for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
    await db().$executeRaw`DELETE FROM pgboss.schedule WHERE name = 'retention'`;
  }
}, 120_000);
