// A fixed-window rate limiter in PostgreSQL, so that every web instance shares the counters.
// One statement per check (per batch of checks under load): insert the counter or bump it,
// restarting the window once it is over.
// Rules are named "<scope>:<dimension>" (e.g. "petition-sign:ip"); RATE_LIMITS overrides them.
import type { RetentionRule } from "./retention-periods";
import { batcher } from "./batcher.server";
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
  // Giving a mandate (issue 26), from the same shared connections.
  "mandate:ip": { limit: 120, windowSeconds: 600 },
  "sign-in:ip": { limit: 20, windowSeconds: 3600 },
};

function parseRules(spec: string): Record<string, RateLimitRule> {
  const rules: Record<string, RateLimitRule> = {};
  for (const entry of spec
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
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

type Attempt = { key: string; rule: { limit: number; windowSeconds: number } };

/**
 * One statement for a batch of attempts: each counter is inserted or bumped by its number of
 * attempts (restarting the window once it is over), and the attempts on one counter get
 * consecutive counts in the order they came.
 */
async function countAttempts(attempts: Attempt[]): Promise<RateLimitResult[]> {
  const perKey = new Map<string, { n: number; windowSeconds: number }>();
  for (const { key, rule } of attempts) {
    const entry = perKey.get(key) ?? { n: 0, windowSeconds: rule.windowSeconds };
    entry.n++;
    perKey.set(key, entry);
  }
  const keys = [...perKey.keys()];
  const rows = await db().$queryRaw<{ key: string; count: number; reset_at: Date }[]>`
    INSERT INTO rate_limit (key, count, reset_at)
    SELECT key, n, now() + make_interval(secs => seconds)
    FROM unnest(${keys}::text[], ${keys.map((key) => perKey.get(key)!.n)}::int[], ${keys.map((key) => perKey.get(key)!.windowSeconds)}::int[]) AS t(key, n, seconds)
    ON CONFLICT (key) DO UPDATE SET
      count    = CASE WHEN rate_limit.reset_at <= now() THEN EXCLUDED.count ELSE rate_limit.count + EXCLUDED.count END,
      reset_at = CASE WHEN rate_limit.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limit.reset_at END
    RETURNING key, count, reset_at`;
  const counted = new Map(rows.map((row) => [row.key, { next: row.count - perKey.get(row.key)!.n + 1, resetAt: row.reset_at }]));
  return attempts.map(({ key, rule }) => {
    const counter = counted.get(key)!;
    const count = counter.next++;
    return { allowed: count <= rule.limit, remaining: Math.max(0, rule.limit - count), resetAt: counter.resetAt };
  });
}

const countAttempt = batcher(countAttempts);

/**
 * Counts one attempt under `name` for `subject` (an IP address, a canonical email, any key) and
 * says whether it is within the limit. The subject is stored only as a keyed hash. Attempts made
 * at the same moment are counted together, in one statement (app/utils/batcher.server.ts).
 */
export async function rateLimit(name: string, subject: string): Promise<RateLimitResult> {
  const rule = rateLimitRule(name);
  if (rule === "off") return { allowed: true, remaining: Infinity, resetAt: new Date() };
  return countAttempt({ key: blindIndex(`rate:${name}:${subject}`), rule });
}

export const rateLimitRetentionRules: RetentionRule[] = [
  {
    name: "rate-limit counters whose window is over",
    run: async (now) => (await db().rateLimit.deleteMany({ where: { resetAt: { lt: now } } })).count,
  },
];
