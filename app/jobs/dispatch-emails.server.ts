// The email dispatcher: a loop in each worker process that takes over stalled batches, else
// makes a new one from the queue, and sends it (app/models/email-batch.server.ts). Two lanes
// let one batch be rendered while the other waits for its slot under the provider's rate, so
// a long queue leaves at the provider's ceiling (2 calls/s × 100 emails by default) and a short
// one within a fraction of a second. A lane with nothing to do sleeps until `wake()` (a committed
// email, app/jobs/wake-ups.server.ts) or its idle interval. Errors (the database or the provider
// away) are waited out with a back-off; nothing here can end the process.
import { claimStalledBatch, composeBatch, sendBatch } from "~/models/email-batch.server";
import { log } from "~/utils/log.server";
import { outageBackOffMs } from "./back-off";

export type Dispatcher = { wake: () => void; stop: () => Promise<void> };

export function startEmailDispatcher({
  owner,
  lanes = 2,
  idleMilliseconds = 5000,
  leaseSeconds,
  onError = (error: unknown) => log.error("email dispatcher: failed", { error }),
}: {
  owner: string;
  lanes?: number;
  /** How often an idle lane looks at the queue when nothing wakes it. */
  idleMilliseconds?: number;
  leaseSeconds?: number;
  onError?: (error: unknown) => void;
}): Dispatcher {
  let stopping = false;
  let endPauses: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (endPauses = resolve));
  const pause = (ms: number) => Promise.race([new Promise((resolve) => setTimeout(resolve, ms)), stopped]);
  const options = { owner, leaseSeconds, stopping: () => stopping };
  // An idle lane's sleep, which `wake` ends; `woken` keeps a wake-up that came while the lanes
  // were looking, so that none sleeps through an email committed just after its look.
  // (Whichever lane clears it looks again after the email's commit.)
  let woken = false;
  const sleepers = new Set<() => void>();
  const idle = async () => {
    if (woken) return;
    let endSleep = () => {};
    const sleep = new Promise<void>((resolve) => sleepers.add((endSleep = resolve)));
    await Promise.race([pause(idleMilliseconds), sleep]);
    sleepers.delete(endSleep);
  };

  async function lane() {
    let failures = 0;
    while (!stopping) {
      try {
        woken = false;
        const batchId = (await claimStalledBatch(options)) ?? (await composeBatch(options));
        if (batchId) await sendBatch(batchId, options);
        else await idle();
        if (failures > 0) log.info("email dispatcher: back to work", { failures });
        failures = 0;
      } catch (error) {
        // The database or the provider is away: report once, then wait longer each time (≤ 10 s).
        if (failures === 0) onError(error);
        failures++;
        await pause(outageBackOffMs(failures));
      }
    }
  }

  const running = Array.from({ length: lanes }, () => lane());
  return {
    wake: () => {
      woken = true;
      for (const endSleep of sleepers) endSleep();
    },
    stop: async () => {
      stopping = true;
      endPauses();
      await Promise.all(running);
    },
  };
}
