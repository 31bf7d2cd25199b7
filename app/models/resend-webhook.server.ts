// Resend's webhooks (bounces, complaints), verified with their Svix signature. Each event id is
// recorded in the same transaction as its effect: a replayed event does nothing.
import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { suppressAddress } from "~/modules/newsletter/subscriber.server";

const DAY = 24 * 3600_000;

// A signed body comes from whoever holds the secret, but it is still data: what reaches
// PostgreSQL (the type, the addresses) is bounded and plain.
const EventSchema = z.object({
  type: z.string().regex(/^[\w.]{1,100}$/),
  data: z
    .object({
      to: z.union([z.string().max(254), z.array(z.string().max(254)).max(50)]).optional(),
      bounce: z.object({ type: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
});

export type WebhookResult = { status: 200 | 400 | 503; outcome: string };

/**
 * Verifies and applies one webhook request. A hard ("Permanent") bounce or a complaint
 * suppresses every recipient address; other events are acknowledged and ignored.
 */
export async function handleResendWebhook({ body, headers }: { body: string; headers: Headers }): Promise<WebhookResult> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return { status: 503, outcome: "not configured" };
  const svixHeaders = {
    "svix-id": headers.get("svix-id") ?? "",
    "svix-timestamp": headers.get("svix-timestamp") ?? "",
    "svix-signature": headers.get("svix-signature") ?? "",
  };
  let payload: unknown;
  try {
    payload = new Webhook(secret).verify(body, svixHeaders);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { status: 400, outcome: "bad signature" };
    // verify() parses the body once the signature holds: a signed body that is not JSON.
    if (error instanceof SyntaxError) return { status: 400, outcome: "unexpected payload" };
    throw error;
  }
  // The event id is the replay key (a primary key): Svix's are short and plain.
  if (!/^[\w-]{1,255}$/.test(svixHeaders["svix-id"])) return { status: 400, outcome: "unexpected payload" };
  const event = EventSchema.safeParse(payload);
  if (!event.success) return { status: 400, outcome: "unexpected payload" };
  const { type, data } = event.data;
  const reason =
    type === "email.complained" ? ("COMPLAINED" as const) : type === "email.bounced" && data.bounce?.type === "Permanent" ? ("BOUNCED" as const) : null;
  return db().$transaction(async (tx) => {
    const recorded = await tx.resendWebhookEvent.createMany({ data: { id: svixHeaders["svix-id"], type }, skipDuplicates: true });
    if (recorded.count === 0) return { status: 200, outcome: "replay" };
    if (!reason) return { status: 200, outcome: "ignored" };
    const recipients = Array.isArray(data.to) ? data.to : data.to ? [data.to] : [];
    let suppressed = 0;
    for (const email of recipients) suppressed += await suppressAddress(tx, { email, reason });
    return { status: 200, outcome: `suppressed ${suppressed}` };
  });
}

export const resendWebhookRetentionRules = [
  {
    name: "Resend webhook event ids older than 30 days",
    run: async (now: Date) => (await db().resendWebhookEvent.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - 30 * DAY) } } })).count,
  },
];
