// A short-lived, per-process cache for the read-mostly data of busy public pages (a city page is
// four queries otherwise: see `npm run bench`). Callers asking for one key at the same moment
// share one load; a failed load is not kept. Each web process has its own copy, so what it
// serves may lag the database by up to `ttlMs`.
// While the database is unreachable, the last value loaded (up to STALE_MS old) is served
// instead; without one, loaders answer 503 with Retry-After (app/utils/outage.server.ts).
import { databaseUnavailableResponse, isDatabaseUnavailable } from "./outage.server";

const entries = new Map<string, { expiresAt: number; value: Promise<unknown>; last?: { value: unknown; at: number } }>();
const MAX_ENTRIES = 10_000;
const STALE_MS = 15 * 60_000;

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.expiresAt > now) return entry.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) {
    for (const [k, e] of entries) if (e.expiresAt <= now - STALE_MS) entries.delete(k);
    if (entries.size >= MAX_ENTRIES) entries.clear();
  }
  const last = entry?.last && entry.last.at > now - STALE_MS ? entry.last : undefined;
  const value = load().catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    if (last) return last.value as T;
    throw databaseUnavailableResponse();
  });
  const next: { expiresAt: number; value: Promise<unknown>; last?: { value: unknown; at: number } } = { expiresAt: now + ttlMs, value, last };
  entries.set(key, next);
  value.then(
    (loaded) => {
      if (entries.get(key) === next && loaded !== last?.value) next.last = { value: loaded, at: Date.now() };
    },
    () => {
      if (entries.get(key) === next) {
        if (last) next.expiresAt = 0;
        else entries.delete(key);
      }
    },
  );
  return value;
}
