// The background jobs of donations, spread into the worker's table (app/jobs/worker.server.ts).
// A new job of this feature is one entry here.
import { log } from "~/utils/log.server";
import type { JobTable } from "~/utils/queues";
import { sendAnnualReceipts } from "./tax-receipt.server";

export const donationJobs = {
  /** Issue and email last year's tax receipts (15 January; does nothing unless RECEIPTS_ENABLED). */
  sendTaxReceipts: {
    name: "send-tax-receipts",
    options: { retryLimit: 3, retryDelay: 600, expireInSeconds: 3600 },
    cron: "0 10 15 1 *",
    handler: async () => {
      const result = await sendAnnualReceipts();
      log.info(result.skipped ? "tax receipts: RECEIPTS_ENABLED is off, nothing sent" : "tax receipts: issued", { issued: result.issued });
      return result;
    },
  },
} satisfies JobTable;
