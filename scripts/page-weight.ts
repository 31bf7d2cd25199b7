// What a phone downloads in scripts for the landing pages (issue 27), read from the build's
// manifest (run `npm run build` first): every module a page loads (the entry, the root, the
// route and their imports, once each, plus the manifest itself), raw and as sent (brotli and
// gzip, the copies scripts/precompress.ts wrote). Prints a table; `--budget <KiB>` exits 1 when
// one of the budgeted pages (the four first: where people land) weighs more in brotli. The
// page's own messages travel in its HTML; the language's others, loaded at the visitor's first
// gesture (app/utils/browser-messages.ts), are printed apart.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";

const PAGES: [string, string, "budget" | "shown"][] = [
  ["/", "routes/_index", "budget"],
  ["/villes/nice", "routes/villes.$slug", "budget"],
  ["/petitions", "routes/petitions._index", "budget"],
  ["/projets/<slug>", "routes/projets.$slug", "budget"],
  ["/carte", "routes/carte", "shown"],
  ["/don", "routes/don._index", "shown"],
];

type Route = { id: string; parentId?: string; module: string; imports?: string[] };
type Manifest = { url?: string; entry: { module: string; imports: string[] }; routes: Record<string, Route> };

const manifestFile = readdirSync("public/build").find((name) => /^manifest-[A-Z0-9]+\.js$/.test(name));
if (!manifestFile) throw new Error("No build: run `npm run build` first.");
const manifest = JSON.parse(
  readFileSync(`public/build/${manifestFile}`, "utf8")
    .replace(/^window\.__remixManifest=/, "")
    .replace(/;$/, ""),
) as Manifest;

const size = (path: string) => (existsSync(path) ? statSync(path).size : NaN);

function modulesOf(routeId: string): string[] {
  const chain: Route[] = [];
  for (let route: Route | undefined = manifest.routes[routeId]; route; route = route.parentId ? manifest.routes[route.parentId] : undefined)
    chain.unshift(route);
  if (chain.length === 0) throw new Error(`No route ${routeId} in the manifest`);
  const modules = [manifest.entry.module, ...manifest.entry.imports, ...chain.flatMap((route) => [route.module, ...(route.imports ?? [])])];
  return [...new Set([`/build/${manifestFile}`, ...modules])];
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const budgetIndex = process.argv.indexOf("--budget");
const budget = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : undefined;
console.log(`${"page".padEnd(16)}${"files".padStart(6)}${"raw KiB".padStart(9)}${"br KiB".padStart(9)}${"gzip KiB".padStart(9)}`);
let over = false;
for (const [page, routeId, kind] of PAGES) {
  const files = modulesOf(routeId).map((url) => `public${url}`);
  const raw = files.reduce((sum, file) => sum + size(file), 0);
  const br = files.reduce((sum, file) => sum + size(`${file}.br`), 0);
  const gzip = files.reduce((sum, file) => sum + size(`${file}.gz`), 0);
  const flag = budget !== undefined && kind === "budget" && br / 1024 > budget ? `  over ${budget} KiB` : "";
  over ||= flag !== "";
  console.log(`${page.padEnd(16)}${String(files.length).padStart(6)}${kib(raw)} ${kib(br)} ${kib(gzip)}${flag}`);
}
for (const lang of ["fr", "en"]) {
  const file = readdirSync("public/build/_shared").find((name) => new RegExp(`^${lang}\\.public-[A-Z0-9]+\\.js$`).test(name));
  if (file)
    console.log(
      `${`${lang} messages`.padEnd(16)}${"1".padStart(6)}${kib(size(`public/build/_shared/${file}`))} ${kib(size(`public/build/_shared/${file}.br`))} ${kib(size(`public/build/_shared/${file}.gz`))}  at the first gesture`,
    );
}
// Zod validates on the server only (app/components/server-form.ts): a browser script with it is a mistake.
const withZod = readdirSync("public/build", { recursive: true, encoding: "utf8" }).filter(
  (name) => name.endsWith(".js") && readFileSync(`public/build/${name}`, "utf8").includes("ZodError"),
);
if (withZod.length > 0) console.log(`Zod in the browser's scripts: ${withZod.join(", ")} (a schema imported by a component?)`);
if (over || withZod.length > 0) process.exit(1);
