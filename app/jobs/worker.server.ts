// The worker process: runs every queue's handler and the cron schedules. Any number of
// workers can run; pg-boss hands each job to one of them and fires each schedule once.
import type PgBoss from "pg-boss";
import { env } from "~/utils/env.server";
import { createBoss, createQueues } from "~/utils/jobs.server";
import { recountAllPetitions, tallySignatures } from "~/models/petition-tally.server";
import { sendAnnualReceipts } from "~/models/tax-receipt.server";
import { ADDRESS_REQUEST_BATCH, answerAddressRequests } from "~/models/address-request.server";
import { QUEUES, SCHEDULES, TALLY_INTERVAL_MS, type QueueKey } from "./queues";
import { runRetention } from "./retention.server";
import { sendEmail } from "./send-email.server";
import { notifySigners } from "./notify-signers.server";
import { resumeDigests, scheduledDigest, sendDigestJob } from "./send-digest.server";

type Handler = (jobs: PgBoss.Job<never>[]) => Promise<unknown>;

const HANDLERS: Record<QueueKey, Handler> = {
  sendEmail,
  retention: () => runRetention(),
  recountPetitions: async () => {
    const result = await recountAllPetitions();
    console.log(`recount: ${result.petitions} petition(s), drift corrected: ${result.drift}`);
    return result;
  },
  notifySigners,
  digest: () => scheduledDigest(),
  sendDigest: sendDigestJob,
  resumeDigests: () => resumeDigests(),
  answerAddressRequest: (jobs: PgBoss.Job<{ sealed: string; attempt?: number }>[]) => answerAddressRequests(jobs),
  sendTaxReceipts: async () => {
    const result = await sendAnnualReceipts();
    console.log(result.skipped ? "tax receipts: RECEIPTS_ENABLED is off, nothing sent" : `tax receipts: ${result.issued} issued`);
    return result;
  },
};

export async function startWorker({
  queues = Object.keys(HANDLERS) as QueueKey[],
  pollingIntervalSeconds = env().JOB_POLLING_SECONDS,
  schedules = true,
  tally = true,
}: { queues?: QueueKey[]; pollingIntervalSeconds?: number; schedules?: boolean; tally?: boolean } = {}) {
  const boss = createBoss({ supervise: true, schedule: schedules });
  boss.on("error", (error) => console.error("pg-boss:", error));
  await boss.start();
  await createQueues(boss);
  for (const key of queues) {
    // One job per poll, but for the address requests: a batch each poll (see answerAddressRequests).
    const batchSize = key === "answerAddressRequest" ? ADDRESS_REQUEST_BATCH : 1;
    await boss.work(QUEUES[key].name, { pollingIntervalSeconds, batchSize }, HANDLERS[key]);
  }
  if (schedules) {
    for (const { queue, cron } of SCHEDULES) await boss.schedule(QUEUES[queue].name, cron, {}, { tz: "Europe/Paris" });
    // The digest's day and hour come from the environment (DIGEST_CRON).
    await boss.schedule(QUEUES.digest.name, env().DIGEST_CRON, {}, { tz: "Europe/Paris" });
  }
  // Counts: every worker tries; an advisory lock lets one tally at a time.
  let tallying = Promise.resolve();
  const tallyTimer = tally
    ? setInterval(() => {
        tallying = tallySignatures()
          .then(() => undefined)
          .catch((error) => console.error("tally:", error));
      }, TALLY_INTERVAL_MS)
    : undefined;
  return {
    boss,
    stop: async (graceful = true) => {
      clearInterval(tallyTimer);
      await tallying;
      await boss.stop({ graceful, wait: true, timeout: 10_000 });
    },
  };
}
