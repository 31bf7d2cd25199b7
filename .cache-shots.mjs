import { chromium } from "@playwright/test";
const base = "http://localhost:3400";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const shots = [
  ["/mandats/nice-vsa", 360, true, "mandat-360"],
  ["/mandats/nice-vsa", 1280, false, "mandat-1280-nojs"],
  ["/demande/demo-refus-confirme-saint-etienne", 360, true, "recours-360"],
  ["/demande/demo-refus-confirme-saint-etienne", 1280, true, "recours-1280"],
];
for (const [path, width, js, name] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js, locale: "fr-FR" });
  const page = await ctx.newPage();
  const res = await page.goto(base + path);
  console.log(name, res.status(), await page.evaluate(() => document.documentElement.scrollWidth));
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
