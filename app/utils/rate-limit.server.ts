// A fixed-window rate limiter in PostgreSQL, so that every web instance shares the counters.
// One statement per check: insert the counter or bump it, restarting the window once it is over.
// Rules are named "<scope>:<dimension>" (e.g. "petition-sign:ip"); RATE_LIMITS overrides them.
import type { RetentionRule } from "~/jobs/retention.server";
import { blindIndex } from "./crypto.server";
import { db } from "./db.server";
import { env } from "./env.server";

export type RateLimitRule = { limit: number; windowSeconds: number } | "off";

/** Defaults; "*" stands for any scope without its own rule. */
const DEFAULT_RULES: Record<string, RateLimitRule> = {
  "*:ip": { limit: 30, windowSeconds: 600 },
  "*:email": { limit: 5, windowSeconds: 3600 },
  // Signing from a shared connection (a university, a workplace, a phone network) is normal.
  "petition-sign:ip": { limit: 120, windowSeconds: 600 },
  "sign-in:ip": { limit: 20, windowSeconds: 3600 },
};

function parseRules(spec: string): Record<string, RateLimitRule> {
  const rules: Record<string, RateLimitRule> = {};
  for (const entry of spec.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [name, value] = entry.split("=");
    if (value === "off") rules[name] = "off";
    else {
      const [limit, windowSeconds] = value.split("/").map(Number);
      rules[name] = { limit, windowSeconds };
    }
  }
  return rules;
}

let configured: Record<string, RateLimitRule> | undefined;

/** The rule for a name: configured exact, configured wildcard, default exact, default wildcard. */
export function rateLimitRule(name: string): RateLimitRule {
  configured ??= parseRules(env().RATE_LIMITS);
  const wildcard = `*:${name.split(":")[1]}`;
  return configured[name] ?? configured[wildcard] ?? DEFAULT_RULES[name] ?? DEFAULT_RULES[wildcard] ?? "off";
}

export type RateLimitResult = { allowed: boolean; remaining: number; resetAt: Date };

/**
 * Counts one attempt under `name` for `subject` (an IP address, a canonical email, any key) and
 * says whether it is within the limit. The subject is stored only as a keyed hash.
 */
export async function rateLimit(name: string, subject: string): Promise<RateLimitResult> {
  const rule = rateLimitRule(name);
  if (rule === "off") return { allowed: true, remaining: Infinity, resetAt: new Date() };
  const key = blindIndex(`rate:${name}:${subject}`);
  const [row] = await db().$queryRaw<{ count: number; reset_at: Date }[]>`
    INSERT INTO rate_limit (key, count, reset_at)
    VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count    = CASE WHEN rate_limit.reset_at <= now() THEN 1 ELSE rate_limit.count + 1 END,
      reset_at = CASE WHEN rate_limit.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limit.reset_at END
    RETURNING count, reset_at`;
  return { allowed: row.count <= rule.limit, remaining: Math.max(0, rule.limit - row.count), resetAt: row.reset_at };
}

export const rateLimitRetentionRules: RetentionRule[] = [
  {
    name: "rate-limit counters whose window is over",
    run: async (now) => (await db().rateLimit.deleteMany({ where: { resetAt: { lt: now } } })).count,
  },
];
