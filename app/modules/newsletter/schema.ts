import { z } from "zod";
import { confirmField } from "~/schemas/confirm";
import { freeText } from "~/schemas/free-text";

/** "mandate": a mandator of a filed complaint, told in the filing email (app/modules/mandate-filing). */
export const SUBSCRIPTION_SOURCES = ["footer", "page", "petition", "mandate"] as const;
export type SubscriptionSource = (typeof SUBSCRIPTION_SOURCES)[number];

/** The subscribe form: the footer of every page and /lettre. */
export const SubscribeSchema = z.object({
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  lang: z.enum(["fr", "en"]).default("fr"),
  source: z.enum(["footer", "page"]).default("page"),
});

/** The unsubscribe page: leave, or change the language of the emails. */
export const ManageSubscriptionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("unsubscribe") }),
  z.object({ intent: z.literal("lang"), lang: z.enum(["fr", "en"]) }),
]);

/** "Send the newsletter now": it goes to every confirmed subscriber, so only with confirm=1. */
export const DigestSendSchema = z.object({ intent: z.literal("send"), confirm: confirmField });
