// The email dispatcher: a loop in each worker process that takes over stalled batches, else
// makes a new one from the queue, and sends it (app/models/email-batch.server.ts). Two lanes
// let one batch be rendered while the other waits for its slot under the provider's rate, so
// a long queue leaves at the provider's ceiling (2 calls/s × 100 emails by default) and a short
// one within a fraction of a second. Errors (the database or the provider away) are waited out
// with a back-off; nothing here can end the process.
import { claimStalledBatch, composeBatch, sendBatch } from "~/models/email-batch.server";
import { log } from "~/utils/log.server";

export type Dispatcher = { stop: () => Promise<void> };

export function startEmailDispatcher({
  owner,
  lanes = 2,
  idleMilliseconds = 200,
  leaseSeconds,
  onError = (error: unknown) => log.error("email dispatcher: failed", { error }),
}: {
  owner: string;
  lanes?: number;
  /** How often an idle lane looks at the queue. */
  idleMilliseconds?: number;
  leaseSeconds?: number;
  onError?: (error: unknown) => void;
}): Dispatcher {
  let stopping = false;
  let wake: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (wake = resolve));
  const pause = (ms: number) => Promise.race([new Promise((resolve) => setTimeout(resolve, ms)), stopped]);
  const options = { owner, leaseSeconds, stopping: () => stopping };

  async function lane() {
    let failures = 0;
    while (!stopping) {
      try {
        const batchId = (await claimStalledBatch(options)) ?? (await composeBatch(options));
        if (batchId) await sendBatch(batchId, options);
        else await pause(idleMilliseconds);
        if (failures > 0) log.info("email dispatcher: back to work", { failures });
        failures = 0;
      } catch (error) {
        // The database or the provider is away: report once, then wait longer each time (≤ 10 s).
        if (failures === 0) onError(error);
        failures++;
        await pause(Math.min(10_000, 250 * 2 ** failures));
      }
    }
  }

  const running = Array.from({ length: lanes }, () => lane());
  return {
    stop: async () => {
      stopping = true;
      wake();
      await Promise.all(running);
    },
  };
}
