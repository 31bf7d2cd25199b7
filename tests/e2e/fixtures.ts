import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

type Fixtures = {
  /** Fails on any serious or critical accessibility violation on the page as it is now. */
  expectAccessible: (page: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  expectAccessible: async ({ browser, javaScriptEnabled, locale }, use) => {
    await use(async (page) => {
      // axe runs inside the page: without JavaScript, check the same URL with the same
      // cookies in a JavaScript-enabled twin context.
      // (storageState() would evaluate script in the page, so only cookies are copied.)
      const twin = javaScriptEnabled ? undefined : await browser.newContext({ locale, javaScriptEnabled: true });
      const target = twin ? await twin.newPage() : page;
      try {
        if (twin) {
          await twin.addCookies(await page.context().cookies());
          await target.goto(page.url());
        }
        const results = await new AxeBuilder({ page: target }).analyze();
        const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(
          blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
        ).toEqual([]);
      } finally {
        await twin?.close();
      }
    });
  },
});

export { expect };
