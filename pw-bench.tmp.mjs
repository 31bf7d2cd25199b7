import { chromium } from "playwright";
const flags = JSON.parse(process.argv[2] ?? "[]");
const js = process.argv[3] !== "nojs";
const base = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...base, ...flags] });
const t0 = Date.now();
const paths = ["/villes/nice", "/", "/petitions", "/projets", "/recours", "/villes"];
for (let i = 0; i < 30; i++) {
  const context = await browser.newContext({ javaScriptEnabled: js, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("http://localhost:3600" + paths[i % paths.length]);
  if (js) await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined || true);
  await page.getByRole("link").first().isVisible();
  await context.close();
}
console.log("loop", Date.now() - t0, "ms");
await browser.close();
