// The commune directory in memory, for search. Its 35,000 rows change about once a year (the
// official geographic code) while every keystroke in a search box asks for them, so each web
// process loads it once (about 0.5 s and 10 MB) and reloads it in the background every ten
// minutes: an import shows within ten minutes, without a restart. Names and postcodes are kept
// sorted, so the communes matching a prefix are one contiguous range found by binary search; the
// most populated of them are picked from that range.
import { db } from "~/utils/db.server";
import { log } from "~/utils/log.server";

/** What a search result or a suggestion shows of a commune. */
export type CommuneSummary = {
  inseeCode: string;
  name: string;
  slug: string;
  departmentCode: string;
  departmentName: string;
  population: number;
  postcodes: string[];
};

const RELOAD_AFTER_MS = 10 * 60_000;

/** `rank` orders communes for results: most populated first, then by name (0 is first). */
type Key = { key: string; rank: number };
type CommuneIndex = { loadedAt: number; byRank: CommuneSummary[]; names: Key[]; postcodes: Key[] };

let current: CommuneIndex | undefined;
let loading: Promise<CommuneIndex> | undefined;

const byKey = (a: Key, b: Key) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank);

async function load(): Promise<CommuneIndex> {
  const rows = await db().commune.findMany({
    select: { inseeCode: true, name: true, slug: true, departmentCode: true, departmentName: true, population: true, postcodes: true, searchName: true },
    orderBy: [{ population: "desc" }, { name: "asc" }],
  });
  const byRank = rows.map(({ searchName: _, ...summary }) => summary);
  const names = rows.map((row, rank) => ({ key: row.searchName, rank })).sort(byKey);
  const postcodes = rows.flatMap((row, rank) => row.postcodes.map((key) => ({ key, rank }))).sort(byKey);
  return { loadedAt: Date.now(), byRank, names, postcodes };
}

function reload() {
  loading ??= load()
    .then((index) => (current = index))
    .finally(() => (loading = undefined));
  return loading;
}

/** The loaded index; past its age, searches go on using it while a fresh one loads. */
async function communeIndex(): Promise<CommuneIndex> {
  if (!current) return reload();
  if (Date.now() - current.loadedAt > RELOAD_AFTER_MS) reload().catch((error) => log.error("commune index: reload failed", { error }));
  return current;
}

/** The first position in `keys` whose key is not below `prefix`. */
function lowerBound(keys: Key[], prefix: string) {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle].key < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The `limit` best-ranked communes having a key that starts with `prefix`, each once. */
function bestMatches(keys: Key[], prefix: string, limit: number): number[] {
  const ranks: number[] = []; // sorted, at most `limit` long
  for (let i = lowerBound(keys, prefix); i < keys.length && keys[i].key.startsWith(prefix); i++) {
    const rank = keys[i].rank;
    if (ranks.length === limit && rank >= ranks[limit - 1]) continue;
    let at = ranks.length;
    while (at > 0 && ranks[at - 1] > rank) at--;
    if (ranks[at - 1] === rank) continue; // a commune with two matching postcodes
    ranks.splice(at, 0, rank);
    if (ranks.length > limit) ranks.pop();
  }
  return ranks;
}

/** Communes whose search name (see searchKey) or one of whose postcodes starts with the prefix, best ranked first. */
export async function findCommunes(match: { namePrefix: string } | { postcodePrefix: string }, limit: number): Promise<CommuneSummary[]> {
  const index = await communeIndex();
  const ranks = "namePrefix" in match ? bestMatches(index.names, match.namePrefix, limit) : bestMatches(index.postcodes, match.postcodePrefix, limit);
  return ranks.map((rank) => index.byRank[rank]);
}
