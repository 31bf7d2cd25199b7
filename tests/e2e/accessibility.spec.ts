// Every public page and the organizers' main pages, checked against WCAG 2.1 A and AA with axe
// (every impact, not only serious ones), and every focus indicator measured against what
// surrounds it (WCAG 2.4.11/1.4.11: 3:1).
import type { Page } from "@playwright/test";
import { axe, expect, test } from "./fixtures";
import { ADMIN_PAGES, PUBLIC_PAGES } from "./pages";
import { signInAsOrganizer } from "./sign-in";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page, path: string) {
  await page.goto(path);
  const results = await axe(page).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${path} — ${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(" ")).join(", ")}]`);
}

/**
 * Tabs through the page and, for each element that takes the focus, returns the contrast of its
 * focus indicator (outline or box-shadow colour) with the background it is drawn on: the first
 * opaque background among the element's ancestors (the outline sits outside the element).
 */
async function focusIndicators(page: Page, path: string, max = 60) {
  await page.goto(path);
  await page.locator("body").focus();
  const found: { element: string; ratio: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const measured = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const rgb = (value: string) => {
        const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
        return match ? { r: +match[1], g: +match[2], b: +match[3], a: match[4] === undefined ? 1 : +match[4] } : null;
      };
      const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const style = getComputedStyle(element);
      const shadow = style.boxShadow !== "none" ? rgb(style.boxShadow) : null;
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 ? rgb(style.outlineColor) : null;
      // An SVG link (the map) shows its focus on the shape it contains.
      const stroke = element.closest("svg") ? rgb(getComputedStyle(element.querySelector("path, polygon") ?? element).stroke) : null;
      const indicator = outline ?? shadow ?? stroke;
      let background = { r: 255, g: 255, b: 255, a: 1 };
      for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour && colour.a > 0.5) {
          background = colour;
          break;
        }
      }
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} “${(element.textContent ?? element.getAttribute("aria-label") ?? "").trim().slice(0, 40)}”`;
      if (!indicator || indicator.a === 0) return { element: name, ratio: 0 };
      const [light, dark] = [luminance(indicator), luminance(background)].sort((a, b) => b - a);
      return { element: name, ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100 };
    });
    if (!measured || seen.has(measured.element)) break; // back at the start: every stop was visited
    seen.add(measured.element);
    found.push(measured);
  }
  return found;
}

test.describe("WCAG 2.1 AA", { tag: "@once" }, () => {
  test("axe finds no violation on any public page", async ({ page }) => {
    test.slow();
    const found: string[] = [];
    for (const path of PUBLIC_PAGES) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });

  test("axe finds no violation on the organizers' main pages", async ({ page }) => {
    test.slow();
    await signInAsOrganizer(page, { role: "ADMIN" });
    const found: string[] = [];
    for (const path of ADMIN_PAGES) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });

  test("every focus indicator has a 3:1 contrast with its background, on the header, forms and footer", async ({ page }) => {
    test.slow();
    const weak: string[] = [];
    let stops = 0;
    for (const path of ["/", "/villes/nice", "/don", "/signaler"]) {
      const indicators = await focusIndicators(page, path);
      stops += indicators.length;
      weak.push(...indicators.filter((i) => i.ratio < 3).map((i) => `${path} ${i.element}: ${i.ratio}:1`));
    }
    expect(stops).toBeGreaterThan(40);
    expect(weak).toEqual([]);
  });
});
