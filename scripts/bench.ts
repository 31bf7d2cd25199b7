// npm run bench — the built site under load on loopback, next to its floor: a bare Node http
// server answering bodies of the same sizes. For WEB_CONCURRENCY=1 and 2: requests/s and p50/p99
// latency of the home page, a city page, the campaign calendar (/agenda, issue 25), a local group's
// page (/groupes/marseille) and the commune search (medians of BENCH_RUNS short runs, interleaved),
// then the search's latency at a fixed 200 requests/s. BENCH_TARGETS=city,agenda measures only the targets whose names contain one of these.
//   BENCH_RUNS=3 BENCH_DURATION=5 BENCH_CONNECTIONS=16 BENCH_WEB_CONCURRENCY=1,2 npm run bench
// Run `npm run build` first. Uses DATABASE_URL's server (database <name>_bench) or the embedded one.
import type autocannon from "autocannon";
import pg from "pg";
import { benchDatabase, fmt, median, runAutocannon, siteEnv, startProcess, startSite, stopChild, waitFor } from "../tests/bench/support";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const CONCURRENCIES = (process.env.BENCH_WEB_CONCURRENCY ?? "1,2").split(",").map(Number);

/** What people type in the search box: names (accents, hyphens, prefixes) and postcodes. */
const QUERIES = ["ni", "nic", "mars", "paris", "saint-e", "lyo", "bord", "toul", "Montpellier", "st ", "ville", "750", "06", "13", "330", "la"];

type Target = { name: string; path: string; queries?: boolean; headers?: Record<string, string> };
const ALL_TARGETS: Target[] = [
  { name: "home page /", path: "/" },
  { name: "city page /villes/nice", path: "/villes/nice" },
  // What an organizer gets, and what a visitor would without the shared copy (PAGE_CACHE_SECONDS).
  { name: "city page, rendered for each request", path: "/villes/nice", headers: { cookie: "__session=bench" } },
  { name: "agenda /agenda", path: "/agenda" },
  { name: "agenda, rendered for each request", path: "/agenda", headers: { cookie: "__session=bench" } },
  { name: "group page /groupes/marseille", path: "/groupes/marseille" },
  { name: "group page, rendered for each request", path: "/groupes/marseille", headers: { cookie: "__session=bench" } },
  { name: "search /api/communes?q=…", path: "/api/communes", queries: true },
  { name: "search page /villes?q=…", path: "/villes", queries: true },
];
const only = process.env.BENCH_TARGETS?.split(",").filter(Boolean);
const TARGETS = only ? ALL_TARGETS.filter((target) => only.some((word) => target.name.includes(word))) : ALL_TARGETS;

function requestsFor(target: Target): autocannon.Request[] | undefined {
  if (!target.queries) return undefined;
  let i = 0;
  return [{ setupRequest: (request) => ({ ...request, path: `${target.path}?q=${encodeURIComponent(QUERIES[i++ % QUERIES.length])}` }) }];
}

type Figures = { rps: number; p50: number; p99: number; bad: number };

async function load(port: number, target: Target, options: Partial<autocannon.Options> = {}): Promise<Figures> {
  const result = await runAutocannon({
    url: `http://localhost:${port}${target.path}`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: requestsFor(target),
    headers: target.headers,
    ...options,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad: result.errors + result.timeouts + result.non2xx };
}

const medians = (figures: Figures[]): Figures => ({
  rps: median(figures.map((f) => f.rps)),
  p50: median(figures.map((f) => f.p50)),
  p99: median(figures.map((f) => f.p99)),
  bad: figures.reduce((sum, f) => sum + f.bad, 0),
});

/** Medians of RUNS runs of every target, interleaved so that a noisy moment spreads over all. */
async function measure(port: number, options: Partial<autocannon.Options> = {}, targets = TARGETS) {
  for (const target of targets) await load(port, target, { duration: 1 }); // warm-up
  const runs = new Map<Target, Figures[]>(targets.map((target) => [target, []]));
  for (let run = 0; run < RUNS; run++) for (const target of targets) runs.get(target)!.push(await load(port, target, options));
  return new Map([...runs].map(([target, figures]) => [target, medians(figures)]));
}

/** RUNS runs of every target on the site then on the floor, one after the other: medians of each, and the median of the RUNS ratios. */
async function measurePairs(port: number, floorPort: number) {
  for (const target of TARGETS) {
    await load(port, target, { duration: 1 }); // warm-up
    await load(floorPort, target, { duration: 1 });
  }
  const runs = new Map<Target, { app: Figures[]; floor: Figures[] }>(TARGETS.map((target) => [target, { app: [], floor: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const target of TARGETS) {
      runs.get(target)!.app.push(await load(port, target));
      runs.get(target)!.floor.push(await load(floorPort, target));
    }
  }
  return {
    app: new Map([...runs].map(([target, { app }]) => [target, medians(app)])),
    floor: new Map([...runs].map(([target, { floor }]) => [target, medians(floor)])),
    ratios: new Map([...runs].map(([target, { app, floor }]) => [target, median(app.map((a, i) => a.rps / floor[i].rps))])),
  };
}

/** Mean body size of a target's responses (over the query set for the search). */
async function bodySize(port: number, target: Target) {
  const paths = target.queries ? QUERIES.map((q) => `${target.path}?q=${encodeURIComponent(q)}`) : [target.path];
  let total = 0;
  for (const path of paths) total += (await (await fetch(`http://localhost:${port}${path}`, { headers: target.headers })).arrayBuffer()).byteLength;
  return Math.round(total / paths.length);
}

/**
 * A year's agenda (issue 25), unless the seed has one: 60 published dates over the coming
 * months in the demo's communes, so that /agenda renders what a busy campaign shows.
 */
async function seedAgenda(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM event WHERE published_at IS NOT NULL AND ends_at > now()");
    if (Number(rows[0].count) >= 20) return;
    const communes = ["13055", "06088", "75056", "69123", "31555", "34172", "33063", "35238", "38185", "44109"];
    const kinds = ["WORKSHOP", "CAMERA_WALK", "PUBLIC_MEETING", "SCREENING", "COUNCIL_SESSION"];
    for (let n = 0; n < 60; n++) {
      await client.query(
        `INSERT INTO event (id, slug, insee_code, kind, title, description, starts_at, ends_at, address, registration, published_at, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3::"EventKind", $4, $5, now() + ($6 || ' hours')::interval, now() + ($6 || ' hours')::interval + interval '2 hours', $7, false, now(), now())`,
        [
          `bench-${n}`,
          communes[n % communes.length],
          kinds[n % kinds.length],
          `Date de campagne n° ${n + 1}`,
          "Une date de la campagne.",
          String(24 + n * 30),
          "Place de la mairie",
        ],
      );
    }
  } finally {
    await client.end();
  }
}

/** The Marseille group (issue 25), unless the seed has it: its page lists the agenda's Marseille dates. */
async function seedGroup(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `WITH g AS (
         INSERT INTO local_group (id, slug, name, presentation, published_at, updated_at)
         VALUES (gen_random_uuid(), 'marseille', 'Technopolice Marseille', $1, now(), now())
         ON CONFLICT (slug) DO NOTHING RETURNING id)
       INSERT INTO group_territory (id, group_id, insee_code) SELECT gen_random_uuid(), id, '13055' FROM g`,
      ["Le groupe marseillais de la campagne : cartoparties, réunions publiques et suivi des marchés de vidéosurveillance."],
    );
  } finally {
    await client.end();
  }
}

const database = await benchDatabase();
if (TARGETS.some((target) => target.path.startsWith("/agenda") || target.path.startsWith("/groupes"))) await seedAgenda(database.url);
if (TARGETS.some((target) => target.path.startsWith("/groupes"))) await seedGroup(database.url);
console.log(
  `${RUNS} runs of ${DURATION} s per figure, ${CONNECTIONS} connections, medians. Floor: bare node:http, same body sizes, its runs alternating with the site's; % of floor: the median of the runs' ratios.\n`,
);
const lines = ["| WEB_CONCURRENCY | target | body | req/s (floor) | % of floor | p50 / p99 ms (floor) | errors |", "|---|---|---|---|---|---|---|"];
const rateLines = [`| WEB_CONCURRENCY | search at ${RATE} req/s | p50 / p99 ms | errors |`, "|---|---|---|---|"];

for (const webConcurrency of CONCURRENCIES) {
  const site = await startSite(siteEnv({ url: database.url, port: PORT, webConcurrency }));
  const sizes = new Map<Target, number>();
  for (const target of TARGETS) sizes.set(target, await bodySize(PORT, target));

  // The floor runs beside the site (each idle while the other is loaded), and their runs alternate:
  // on a shared machine whose speed drifts over minutes, each ratio compares two runs a few seconds
  // apart, and the figure is the median of those ratios.
  const floorPort = PORT + 1;
  const floorEnv = {
    ...process.env,
    PORT: String(floorPort),
    WEB_CONCURRENCY: String(webConcurrency),
    FLOOR_SIZES: JSON.stringify(Object.fromEntries([...sizes].map(([t, size]) => [t.path, size]))),
  };
  const floorServer = startProcess("node", ["tests/bench/floor.mjs"], floorEnv);
  await waitFor(`http://localhost:${floorPort}/`);
  const { app, floor, ratios } = await measurePairs(PORT, floorPort);
  await stopChild(floorServer);
  const searches = TARGETS.filter((target) => target.queries);
  const atRate = await measure(PORT, { overallRate: RATE, connections: 10 }, searches);
  await stopChild(site);

  for (const target of TARGETS) {
    const a = app.get(target)!;
    const f = floor.get(target)!;
    lines.push(
      `| ${webConcurrency} | ${target.name} | ${fmt(sizes.get(target)! / 1024, 1)} kB | ${fmt(a.rps)} (${fmt(f.rps)}) | ${fmt(ratios.get(target)! * 100)} % | ${a.p50} / ${a.p99} (${f.p50} / ${f.p99}) | ${a.bad} |`,
    );
  }
  for (const target of searches) {
    const r = atRate.get(target)!;
    rateLines.push(`| ${webConcurrency} | ${target.name} | ${r.p50} / ${r.p99} | ${r.bad} |`);
  }
  console.log(`WEB_CONCURRENCY=${webConcurrency} measured.`);
}

console.log(`\n${lines.join("\n")}\n\n${rateLines.join("\n")}`);
await database.stop();
process.exit(0);
