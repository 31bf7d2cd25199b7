// What a phone downloads (issue 27): pages, data and feeds compressed as they are sent, brotli
// first, gzip for older clients, nothing for a client that asks for nothing; the browser build
// sent as precompressed at build time (scripts/precompress.ts), immutable. Read with node:http,
// which does not decompress, so that the bytes counted are those on the wire.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import vnuJar from "vnu-jar";
import { expect, test } from "./fixtures";
import { PUBLIC_PAGES } from "./pages";

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; chunks: number };

function get(url: string, acceptEncoding?: string, extra: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = { ...(acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding }), ...extra };
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), chunks: chunks.length }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

const decoded = ({ headers, body }: Raw) =>
  headers["content-encoding"] === "br" ? brotliDecompressSync(body) : headers["content-encoding"] === "gzip" ? gunzipSync(body) : body;

test("pages, data and feeds are compressed as the client accepts", { tag: "@once" }, async ({ baseURL }) => {
  for (const path of ["/", "/villes/nice", "/petitions", "/petitions.json", "/recours.atom", "/projets"]) {
    const brotli = await get(baseURL + path, "gzip, deflate, br");
    expect(brotli.status, path).toBe(200);
    expect(brotli.headers["content-encoding"], path).toBe("br");
    expect(brotli.headers.vary, path).toMatch(/Accept-Encoding/i);
    const text = decoded(brotli).toString("utf8");
    expect(text.length, path).toBeGreaterThan(brotli.body.length);
    // A city page travels in a third of its size or less.
    if (path === "/villes/nice") expect(text).toContain("</html>");
    if (path === "/villes/nice") expect(text.length).toBeGreaterThan(brotli.body.length * 3);

    const gzip = await get(baseURL + path, "gzip");
    expect(gzip.headers["content-encoding"], path).toBe("gzip");
    expect(decoded(gzip).toString("utf8").length, path).toBeGreaterThan(gzip.body.length);

    const identity = await get(baseURL + path);
    expect(identity.headers["content-encoding"], path).toBeUndefined();
    const refused = await get(baseURL + path, "br;q=0, gzip;q=0");
    expect(refused.headers["content-encoding"], path).toBeUndefined();
  }
});

test("the browser build is sent precompressed, immutable, and decodes to the same file", { tag: "@once" }, async ({ baseURL }) => {
  const page = (await get(`${baseURL}/villes/nice`)).body.toString("utf8");
  const scripts = [...page.matchAll(/(?:src|href)="(\/build\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  expect(scripts.length).toBeGreaterThan(3);
  for (const path of scripts) {
    const identity = await get(baseURL + path);
    expect(identity.status, path).toBe(200);
    expect(identity.headers["content-encoding"], path).toBeUndefined();
    for (const [accept, encoding] of [
      ["br, gzip", "br"],
      ["gzip", "gzip"],
      ["*", "br"],
    ]) {
      const copy = await get(baseURL + path, accept);
      expect(copy.headers["content-encoding"], `${path} ${accept}`).toBe(encoding);
      expect(copy.headers["cache-control"], path).toMatch(/immutable/);
      expect(copy.headers["content-type"], path).toMatch(path.endsWith(".css") ? /^text\/css/ : /javascript/);
      expect(copy.headers.vary, path).toMatch(/Accept-Encoding/i);
      expect(Number(copy.headers["content-length"]), path).toBe(copy.body.length);
      expect(decoded(copy).equals(identity.body), `${path} ${accept}`).toBe(true);
    }
  }
});

// React 18's streaming renderer once wrote NUL bytes into pages (patches/react-dom+18.3.1.patch,
// tests/unit/react-stream.test.tsx); scrapers and link-preview bots choke on them. A crawler
// follows the site's own links from every public page, in French and in English.
test("no page the crawler reaches, in either language, carries a NUL byte or fails", { tag: "@once" }, async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const language of ["fr-FR", "en-GB"]) {
    const seen = new Set<string>(PUBLIC_PAGES);
    const queue = [...PUBLIC_PAGES];
    const withNul: string[] = [];
    const failed: string[] = [];
    while (queue.length > 0 && seen.size <= 300) {
      const path = queue.shift()!;
      const response = await get(origin + path, "identity", { "Accept-Language": language });
      if (response.status >= 500) failed.push(`${response.status} ${path}`);
      if (response.body.includes(0)) withNul.push(path);
      if (!String(response.headers["content-type"]).startsWith("text/html")) continue;
      for (const [, href] of response.body.toString("utf8").matchAll(/href="(\/[^"#]*)"/g)) {
        const link = href.replaceAll("&amp;", "&");
        if (link.startsWith("/build/") || link.startsWith("//") || /^\/(admin|deconnexion|dev)\b/.test(link) || seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    expect(seen.size, language).toBeGreaterThan(PUBLIC_PAGES.length + 20);
    expect(withNul, language).toEqual([]);
    expect(failed, language).toEqual([]);
  }
});

// The Nu Html Checker (vnu-jar, on Debian's Java) over every public page in both languages, as
// the server sends them: 0 errors (issue 27). Remix's data scripts used to follow `</html>`
// (app/entry.server.tsx, insideBody), which the checker stops at.
test("the public pages pass the Nu Html Checker, in French and in English", { tag: "@once" }, async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), "nu-"));
  try {
    for (const [language, prefix] of [
      ["fr-FR", "fr"],
      ["en-GB", "en"],
    ]) {
      for (const path of PUBLIC_PAGES) {
        const response = await get(baseURL + path, "identity", { "Accept-Language": language });
        expect(response.status, path).toBe(200);
        writeFileSync(join(dir, `${prefix}${path.replace(/[^a-z0-9]+/gi, "_")}.html`), response.body);
      }
    }
    const files = readdirSync(dir).map((name) => join(dir, name));
    const run = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...files], { encoding: "utf8" });
    expect(run.error, "the Nu Html Checker needs Java: apt-get install default-jre-headless").toBeUndefined();
    const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] };
    expect(messages.map(({ url, message, lastLine }) => `${url.split("/").pop()}:${lastLine}: ${message}`)).toEqual([]);
    expect(files).toHaveLength(PUBLIC_PAGES.length * 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A link shared on Mastodon, Signal or in an email: the preview bot reads the page without
// scripts, and finds its title, a description and the absolute canonical URL (issue 27).
test("a shared link previews with its title, description and absolute URL", { tag: "@once" }, async ({ baseURL }) => {
  const bot = { "User-Agent": "Mastodon/4.3.0 (http.rb/5.2.0; +https://mastodon.example/)", "Accept-Language": "fr-FR" };
  // A seeded project: the newest on /projets may be one another journey has just published, with a description of a few words.
  for (const path of ["/", "/villes/nice", "/petitions", "/projets/paris-vsa-jeux-olympiques", "/recours", "/don"]) {
    const html = (await get(baseURL + path, "identity", bot)).body.toString("utf8");
    const tag = (attribute: string, name: string) => html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
    const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
    expect(canonical, path).toBe(new URL(path, baseURL).toString());
    expect(tag("property", "og:url"), path).toBe(canonical);
    expect(tag("property", "og:title"), path).toMatch(/\S/);
    expect(html, path).toContain(`<title>${tag("property", "og:title")}</title>`);
    expect(tag("name", "description")?.length ?? 0, path).toBeGreaterThan(40);
    expect(tag("property", "og:description"), path).toBe(tag("name", "description"));
    expect(tag("property", "og:locale"), path).toBe("fr_FR");
    expect(tag("name", "twitter:card"), path).toBe("summary_large_image");
    expect(tag("property", "og:image"), path).toMatch(/^http:\/\/localhost:\d+\/.*partage\.png$/);
  }
  // A personal link is never indexed nor previewed with a canonical URL.
  const personal = (await get(`${baseURL}/don/merci`, "identity", bot)).body.toString("utf8");
  expect(personal).toContain('<meta name="robots" content="noindex"');
  expect(personal).not.toContain('rel="canonical"');
});
