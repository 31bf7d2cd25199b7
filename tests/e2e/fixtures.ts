import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { databaseUrl, testDatabaseName } from "../support/databases";
import "../support/test-fetch";
import { e2eDatabase, e2ePorts } from "../support/e2e-ports";
import { TEST_ENV } from "../support/test-env";

// Tests create their rows (organizers, sessions, ...) through the app's own models, in the site's
// database, with the site's settings (a production build: its session cookie is __Host-session).
// TEST_SERVER_URL keeps the server's URL for the names of the other test databases (databases.ts).
process.env.TEST_SERVER_URL ??= process.env.DATABASE_URL;
if (!process.env.E2E_DATABASE_URL) process.env.E2E_DATABASE_URL = databaseUrl(testDatabaseName(e2eDatabase()));
Object.assign(process.env, TEST_ENV, { DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_ENV: "production" });

type Email = { subject: string; html: string; text: string; to: string[]; headers: Record<string, string> };

/**
 * Waits for the last email sent to `address` (through the Resend stand-in) after `after`, and
 * among them, with `containing`, the last whose text contains it: emails the worker sends in
 * batches can arrive after a later action's, so a test waiting for one kind says which.
 */
export async function lastEmailTo(address: string, { after = 0, containing }: { after?: number; containing?: string } = {}): Promise<Email> {
  let found: Email[] = [];
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${e2ePorts().resend}/__emails?to=${encodeURIComponent(address)}`);
        const emails = (await response.json()) as (Email & { receivedAt: number })[];
        found = emails.filter((email) => email.receivedAt > after && (!containing || email.text.includes(containing)));
        return found.length;
      },
      { timeout: 60_000, message: `an email to ${address}${containing ? ` containing ${containing}` : ""}` },
    )
    .toBeGreaterThan(0);
  return found[found.length - 1];
}

/** The path of the first link in an email's text that starts with `prefix`. */
export function linkIn(email: Email, prefix: string) {
  const urls = [...email.text.matchAll(/https?:\/\/[^\s\])>]+/g)].map((match) => new URL(match[0]));
  const url = urls.find((candidate) => candidate.pathname.startsWith(prefix));
  if (!url) throw new Error(`no link to ${prefix} in: ${email.text}`);
  return url.pathname + url.search;
}

/**
 * axe on the page as it is, every violation listed in full (the other result types only
 * counted). A page without an iframe is checked with axe.run in the page (the package's
 * "legacy" mode); a page with one, frame by frame and the results merged in a blank page, which
 * took 1.7 to 2.3 s a page against 0.66 to 0.86 s.
 */
export function axe(page: Page) {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  return page.frames().length > 1 ? builder : builder.setLegacyMode();
}

type Fixtures = {
  /**
   * Fails on any serious or critical accessibility violation on the page as it is now. axe runs
   * as a script in the page, so it runs in the JavaScript project only: the no-JavaScript
   * journeys pass through the same routes, server-rendered alike (docs/decisions/0020).
   */
  expectAccessible: (page: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  expectAccessible: async ({ javaScriptEnabled }, use) => {
    await use(async (page) => {
      if (!javaScriptEnabled) return;
      const results = await axe(page).analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    });
  },
});

export { expect };
