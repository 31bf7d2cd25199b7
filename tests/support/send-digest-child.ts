// Sends one digest in a separate process, so that a test can kill it (SIGKILL) mid-send.
import { sendDigest } from "~/modules/newsletter/digest.server";

const digestId = process.env.DIGEST_ID;
if (!digestId) throw new Error("DIGEST_ID is required");
await sendDigest({
  digestId,
  owner: "child",
  ratePerSecond: Number(process.env.DIGEST_RATE_PER_SECOND ?? 2),
  onBatch: (batch) => console.log(`batch ${batch} recorded`),
});
process.exit(0);
