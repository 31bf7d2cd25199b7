import type { Browser, Page } from "@playwright/test";
import { addOrganizer, requestSignInLink } from "~/models/organizer.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";

// React error #345 ("Root did not complete. This is a bug in React.", issue 29): with single fetch,
// <RemixBrowser> suspends on its first render, outside any Suspense boundary, until the page's
// data is decoded. A click, key or input that reaches React after hydrateRoot() but before that
// first render makes React hydrate the root synchronously; the render suspends, React retries it
// in the hydration lane without the sync lane, it suspends again and performSyncWorkOnRoot threw
// #345, leaving the page without JavaScript. patches/react-dom+18.3.1.patch waits for the data
// instead, as a concurrent render does. These tests click while pages load and fail on any
// uncaught error or console error, and on a page that does not finish hydrating.

/** Collects what a visitor would see in the console: uncaught errors and console errors. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: console ${message.text()}`);
  });
  return errors;
}

/** Remix has created its router (past the first render) and React has hydrated the body. */
function isHydrated(page: Page) {
  return page.evaluate(() => "__remixRouter" in window && Object.keys(document.body).some((key) => key.startsWith("__reactProps$"))).catch(() => false);
}

/**
 * Loads `path` on a CPU slowed down `rate` times and clicks the page's heading (a harmless place)
 * over and over while it loads, from the first byte until it has hydrated, as an impatient visitor
 * on a slow phone would: some clicks land between the scripts' start and React's first render.
 */
async function loadWhileClicking(page: Page, path: string, { rate = 4, holdScripts = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  // Held: the page's scripts arrive only once a first click has been sent, so that clicks are
  // under way when they start (light scripts hydrate within a click or two otherwise).
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  if (holdScripts)
    await page.route("**/build/**/*.js", async (route) => {
      await released;
      await route.continue();
    });
  await page.goto(path, { waitUntil: "commit" });
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  const box = (await heading.boundingBox())!;
  let clicks = 0;
  // Bounded: before the fix, a page that met error #345 never hydrated.
  const deadline = Date.now() + 60_000;
  while (!(await isHydrated(page))) {
    expect(Date.now(), `${path} hydrates within a minute`).toBeLessThan(deadline);
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    clicks++;
    release();
  }
  if (holdScripts) await page.unroute("**/build/**/*.js");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.detach();
  return clicks;
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

test.describe("hydration", { tag: "@once" }, () => {
  test("a click between the scripts' start and React's first render leaves no error, and the page hydrates", async ({ browser }) => {
    const { context, page, errors } = await newPage(browser);
    // The narrowest case, made certain: the click is sent in the microtask that follows
    // hydrateRoot(), which attaches React's listeners to the document, before React's first render.
    await page.addInitScript(() => {
      const addEventListener = EventTarget.prototype.addEventListener;
      let sent = false;
      EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget["addEventListener"]>) {
        const [type, , options] = args;
        if (this === document && type === "click" && options === true && !sent) {
          sent = true;
          queueMicrotask(() => document.querySelector("h1")?.dispatchEvent(new MouseEvent("click", { bubbles: true })));
        }
        return addEventListener.apply(this, args);
      };
    });
    for (const path of ["/", "/projets", "/connexion"]) {
      await page.goto(path);
      await expect.poll(() => isHydrated(page), { message: `${path} hydrates` }).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test("an organizer signs in twenty times and lands on the home page, clicking while pages load, without an uncaught error", async ({ browser }) => {
    test.setTimeout(900_000);
    const runs = 20;
    const emails = Array.from({ length: runs }, (_, i) => `landing-${i}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@collectif.example`);
    const before = Date.now();
    for (const email of emails) {
      await addOrganizer({ email, role: "ORGANIZER", addedBy: null });
      await requestSignInLink({ email, lang: "fr" });
    }
    let clicks = 0;
    for (const [i, email] of emails.entries()) {
      const link = linkIn(await lastEmailTo(email, { after: before }), "/connexion/");
      const { context, page, errors } = await newPage(browser);
      await page.goto(link);
      // As soon as the button shows, hydrated or not: the form works either way.
      await page.getByRole("button", { name: "Me connecter" }).click();
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByText(`Connecté·e en tant que ${email}`)).toBeVisible();
      clicks += await loadWhileClicking(page, "/", { holdScripts: true });
      await expect(page).toHaveURL(/\/$/);
      expect(errors, `sign-in ${i + 1} of ${runs}`).toEqual([]);
      await context.close();
    }
    // The clicks did land while the page loaded: at least one before its scripts, each time.
    expect(clicks).toBeGreaterThanOrEqual(runs);
  });
});
