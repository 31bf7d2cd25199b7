// Bots without a captcha: every public form carries a honeypot field that people never see and a
// signed timestamp of when the page was shown. A filled honeypot, a missing or forged timestamp,
// or a form sent back faster than a person could fill it marks a bot; the action then answers
// exactly as it would to a real submission and does nothing. Then the rate limits per IP address
// and per email address.
import { createHmac } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { FORM_GUARD_FIELDS } from "./form-guard-fields";
import { canonicalEmail } from "./email-address";
import { clientIp, rateLimitSubject } from "./client-ip.server";
import { env } from "./env.server";
import { rateLimit } from "./rate-limit.server";
import { safeEqual } from "./tokens.server";

function sign(issuedAt: string) {
  return createHmac("sha256", `form-guard:${env().SESSION_SECRET}`).update(issuedAt).digest("base64url");
}

/** The value of the hidden timestamp field, issued with each page (root loader). */
export function issueFormGuardToken(now = Date.now()) {
  const issuedAt = String(now);
  return `${issuedAt}.${sign(issuedAt)}`;
}

/** Whether the submission looks like a person's: honeypot empty, token genuine and old enough. */
export function looksHuman(formData: FormData, now = Date.now()): boolean {
  const honeypot = formData.get(FORM_GUARD_FIELDS.honeypot);
  if (typeof honeypot === "string" && honeypot !== "") return false;
  const token = formData.get(FORM_GUARD_FIELDS.token);
  if (typeof token !== "string") return false;
  const [issuedAt, signature = ""] = token.split(".");
  if (!safeEqual(signature, sign(issuedAt))) return false;
  return now - Number(issuedAt) >= env().FORM_GUARD_MIN_SECONDS * 1000;
}

export type GuardVerdict = "ok" | "bot" | "rate-limited";

/**
 * To call first in every public form's action. `form` names the rate-limit rules
 * ("<form>:ip", "<form>:email"); `email` adds the per-address limit.
 */
export async function guardPublicForm({
  request,
  context,
  formData,
  form,
  email,
}: {
  request: Request;
  context: AppLoadContext;
  formData: FormData;
  form: string;
  email?: string | null;
}): Promise<GuardVerdict> {
  if (!looksHuman(formData)) return "bot";
  // Both counters in one go (one statement under load): an address can be tried a few times
  // from anywhere anyway, so counting it when the IP address is over its limit costs nothing.
  const limits = await Promise.all([
    rateLimit(`${form}:ip`, rateLimitSubject(clientIp(request, context))),
    ...(email ? [rateLimit(`${form}:email`, canonicalEmail(email))] : []),
  ]);
  return limits.every((limit) => limit.allowed) ? "ok" : "rate-limited";
}
