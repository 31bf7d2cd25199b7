// Bots without a captcha: every public form carries a honeypot field that people never see and a
// signed timestamp of when the page was shown. A filled honeypot or a missing or forged timestamp
// marks a bot; the action then answers exactly as it would to a real submission and does nothing.
// A form sent back faster than FORM_GUARD_MIN_SECONDS is not thanked either: autofill and a quick
// tap do that too, so the person gets their form back, as typed, with a request to send it again
// (one press). Then the rate limits per IP address and per email address.
import { createHmac } from "node:crypto";
import { data, type AppLoadContext } from "@remix-run/node";
import { FORM_GUARD_FIELDS } from "./form-guard-fields";
import { canonicalEmail } from "./email-address";
import { clientIp, rateLimitSubject } from "./client-ip.server";
import { env } from "./env.server";
import { rateLimit } from "./rate-limit.server";
import { safeEqual } from "./tokens.server";

function sign(issuedAt: string) {
  return createHmac("sha256", `form-guard:${env().SESSION_SECRET}`).update(issuedAt).digest("base64url");
}

/** The last token issued: pages shown in the same millisecond carry the same one (a copy served from the page cache is filled with one per response). */
let last = { at: -1, token: "" };

/** The value of the hidden timestamp field, issued with each page (root loader). */
export function issueFormGuardToken(now = Date.now()) {
  if (now !== last.at) {
    const issuedAt = String(now);
    last = { at: now, token: `${issuedAt}.${sign(issuedAt)}` };
  }
  return last.token;
}

/** Whose submission this looks like: a bot's, a person's, or one sent too quickly to tell. */
export function humanCheck(formData: FormData, now = Date.now()): "bot" | "quick" | "human" {
  const honeypot = formData.get(FORM_GUARD_FIELDS.honeypot);
  if (typeof honeypot === "string" && honeypot !== "") return "bot";
  const token = formData.get(FORM_GUARD_FIELDS.token);
  if (typeof token !== "string") return "bot";
  const [issuedAt, signature = ""] = token.split(".");
  if (!safeEqual(signature, sign(issuedAt))) return "bot";
  return now - Number(issuedAt) >= env().FORM_GUARD_MIN_SECONDS * 1000 ? "human" : "quick";
}

export type GuardVerdict = "ok" | "bot" | "quick" | "rate-limited";

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
  ipLimitExempt,
}: {
  request: Request;
  context: AppLoadContext;
  formData: FormData;
  form: string;
  email?: string | null;
  /** Whether the client's address is exempt from the per-IP limit (an allowed network); the per-email one still applies. */
  ipLimitExempt?: (ip: string) => Promise<boolean>;
}): Promise<GuardVerdict> {
  const check = humanCheck(formData);
  if (check !== "human") return check;
  const ip = clientIp(request, context);
  const exempt = ipLimitExempt ? await ipLimitExempt(ip) : false;
  // Both counters in one go (one statement under load): an address can be tried a few times
  // from anywhere anyway, so counting it when the IP address is over its limit costs nothing.
  const limits = await Promise.all([
    ...(exempt ? [] : [rateLimit(`${form}:ip`, rateLimitSubject(ip))]),
    ...(email ? [rateLimit(`${form}:email`, canonicalEmail(email))] : []),
  ]);
  return limits.every((limit) => limit.allowed) ? "ok" : "rate-limited";
}

/**
 * The form's answer when a person's submission was held back ("quick" or "rate-limited"): its
 * message above the form, which keeps what was typed, and the status. Nothing was done.
 */
export function heldBack(verdict: "quick" | "rate-limited") {
  return verdict === "quick" ? { formErrors: ["forms.confirmQuick"], status: 400 } : { formErrors: ["errors.rateLimited"], status: 429 };
}

/**
 * What a public form's action answers when the guard stopped the submission, or null when it may
 * go on. A bot gets what a person would (`bot`: the page after a real submission), and nothing is
 * recorded; a person held back gets the form again (`reply`), as typed, with the reason above it.
 */
export function guardReply<T, B>(verdict: GuardVerdict, { bot, reply }: { bot: () => B; reply: (held: { formErrors: string[] }) => T }) {
  if (verdict === "ok") return null;
  if (verdict === "bot") return bot();
  const { formErrors, status } = heldBack(verdict);
  return data(reply({ formErrors }), { status });
}
