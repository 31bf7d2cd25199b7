// npm run bench:lighthouse: Lighthouse 12.2.3 (mobile defaults: simulated slow 4G, 4× CPU) on the
// landing pages of the built site, seeded, with Debian's Chromium; prints each page's four scores,
// its paint and blocking times and what it downloads, beside the scripts' weight from the build
// (scripts/page-weight.ts). Lighthouse comes from the npm registry on first use (npx). The
// machine is shared: run it when nothing else is, and more than once (BENCH_RUNS, medians).
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { db } from "~/utils/db.server";
import { benchDatabase, fmt, median, siteEnv, startSite, stopChild } from "./support";

const PORT = Number(process.env.BENCH_PORT ?? 3450);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number; score: number | null }>;
};

/** Runs Lighthouse; on a failure, prints the end of its log. */
function lighthouse(...args: Parameters<typeof execFileSync>) {
  try {
    execFileSync(...args);
  } catch (error) {
    const log = String((error as { stderr?: Buffer }).stderr ?? "");
    console.error(log.split("\n").slice(-15).join("\n"));
    throw error;
  }
}

const database = await benchDatabase();
process.env.DATABASE_URL = database.url;
const project = await db().report.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true }, orderBy: { createdAt: "asc" } });
const pages: [string, string, string][] = [
  ["/", "/", "fr"],
  ["/villes/nice", "/villes/nice", "fr"],
  ["/petitions", "/petitions", "fr"],
  ["a project page", `/projets/${project.slug}`, "fr"],
  ["/carte", "/carte", "fr"],
  ["/don", "/don", "fr"],
  ["/ in English", "/", "en"],
];
const site = await startSite(siteEnv({ url: database.url, port: PORT, webConcurrency: 1 }));
const output = join(tmpdir(), `lighthouse-${process.pid}.json`);
console.log(
  `Lighthouse 12.2.3, mobile, simulated throttling, ${RUNS} run(s) per page, medians; load average ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]}`,
);
console.log("| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | KiB downloaded |");
console.log("|---|---|---|---|---|---|---|---|---|");
try {
  for (const [name, path, lang] of pages) {
    const reports: Report[] = [];
    for (let run = 0; run < RUNS; run++) {
      lighthouse(
        "npx",
        [
          "-y",
          "lighthouse@12.2.3",
          `http://localhost:${PORT}${path}`,
          "--throttling-method=simulate",
          "--output=json",
          `--output-path=${output}`,
          `--chrome-flags=--headless=new --no-sandbox${lang === "en" ? " --lang=en-GB" : ""}`,
          ...(lang === "en" ? ["--extra-headers", JSON.stringify({ "Accept-Language": "en-GB" })] : []),
        ],
        { env: { ...process.env, CHROME_PATH: chromium }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 },
      );
      reports.push(JSON.parse(readFileSync(output, "utf8")) as Report);
    }
    const score = (category: string) => median(reports.map((report) => Math.round(report.categories[category].score * 100)));
    const value = (audit: string) => median(reports.map((report) => report.audits[audit].numericValue ?? NaN));
    console.log(
      `| ${name} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${fmt(value("first-contentful-paint"))} | ${fmt(value("largest-contentful-paint"))} | ${fmt(value("total-blocking-time"))} | ${fmt(value("total-byte-weight") / 1024)} |`,
    );
  }
} finally {
  rmSync(output, { force: true });
  await stopChild(site);
  await db().$disconnect();
  await database.stop();
}
execFileSync("npx", ["tsx", "scripts/page-weight.ts"], { stdio: "inherit" });
