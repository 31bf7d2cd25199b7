// After `remix build`: writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside
// each compressible file of the browser build (public/build/), so that server.js serves them
// without compressing on every request (issue 27). Fingerprinted files never change: done once
// per build, in a few seconds. Prints what a browser downloads in each encoding.
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = "public/build";
/** What is worth compressing: text. Images and fonts are compressed already. */
export const PRECOMPRESSED = /\.(js|css|svg|json|map|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const all = files(ROOT);
// A rebuild keeps older bundles (Remix does not empty the folder): their copies stay in step.
for (const path of all) if (/\.(br|gz)$/.test(path) && !all.includes(path.slice(0, -3))) unlinkSync(path);

let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of all.filter((file) => PRECOMPRESSED.test(file))) {
  const body = readFileSync(path);
  const mtime = statSync(path).mtimeMs;
  const done = (suffix: string) => {
    try {
      return statSync(path + suffix).mtimeMs >= mtime;
    } catch {
      return false;
    }
  };
  const brotli = done(".br")
    ? readFileSync(path + ".br")
    : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gzip = done(".gz") ? readFileSync(path + ".gz") : gzipSync(body, { level: 9 });
  if (!done(".br")) writeFileSync(path + ".br", brotli);
  if (!done(".gz")) writeFileSync(path + ".gz", gzip);
  if (!path.endsWith(".map")) {
    raw += body.length;
    br += brotli.length;
    gz += gzip.length;
  }
  count++;
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`[info] precompressed ${count} files: ${kib(raw)} of scripts and styles, ${kib(br)} brotli, ${kib(gz)} gzip`);
