// A short-lived, per-process cache for the read-mostly data of busy public pages (a city page is
// four queries otherwise: see `npm run bench`). Callers asking for one key at the same moment
// share one load; a failed load is not kept. Each web process has its own copy, so what it
// serves may lag the database by up to `ttlMs`.
const entries = new Map<string, { expiresAt: number; value: Promise<unknown> }>();
const MAX_ENTRIES = 10_000;

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.expiresAt > now) return entry.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) {
    for (const [k, e] of entries) if (e.expiresAt <= now) entries.delete(k);
    if (entries.size >= MAX_ENTRIES) entries.clear();
  }
  const value = load();
  entries.set(key, { expiresAt: now + ttlMs, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
