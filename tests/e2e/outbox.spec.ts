// The local outbox shows each email as it was sent (issue 29, item 14): its HTML in a frame of its
// own, under a policy that lets the email's inline styles apply, while every other page keeps the
// site's strict policy. A site of its own, with emails kept in the outbox (no Resend key).
import { queueEmails } from "~/models/email-message.server";
import { db } from "~/utils/db.server";
import { startSiteProcess, type SiteProcess } from "../support/site-process";
import { TEST_ENV } from "../support/test-env";
import { expect, test } from "./fixtures";

let site: SiteProcess | undefined;
test.afterEach(async () => {
  await site?.stop();
  site = undefined;
});

test("the outbox previews an email with its styles, and no page loses the strict policy", { tag: "@once" }, async ({ page }) => {
  test.setTimeout(300_000);
  const { RESEND_API_KEY: _resend, ...withoutResend } = { ...process.env, ...TEST_ENV };
  site = await startSiteProcess({ ...withoutResend, NODE_ENV: "production", EMAIL_OUTBOX: "true", DATABASE_URL: process.env.E2E_DATABASE_URL });
  const to = `outbox.${Date.now()}@collectif.example`;
  const ids = await db().$transaction((tx) =>
    queueEmails(tx, [{ key: `outbox-e2e/${to}`, template: "organizer-sign-in", lang: "fr", to, props: { url: `${site!.url}/connexion/abc`, minutes: 15 } }]),
  );
  await db().emailMessage.updateMany({ where: { id: { in: ids.filter((id): id is string => id !== null) } }, data: { status: "OUTBOX", sentAt: new Date() } });

  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const outbox = await page.goto(`${site.url}/dev/outbox?a=${encodeURIComponent(to)}`);
  await expect(page.getByTestId("outbox-email")).toHaveCount(1);
  const frame = page.frameLocator("iframe.outbox-html");
  await expect(frame.getByText("Technopolice", { exact: true }).first()).toBeVisible();
  // The email's own inline styles apply: its body's background and its title's weight.
  expect(await frame.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).toBe("rgb(251, 250, 247)");
  expect(violations).toEqual([]);

  // The outbox page itself, and every other page, keep the site's policy (one header, no inline styles).
  const strict = (policy: string | undefined) => {
    expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-inline");
  };
  strict(outbox!.headers()["content-security-policy"]);
  for (const path of ["/", "/villes/nice", "/dev/outbox/apercu"]) {
    const response = await page.request.get(`${site.url}${path}`);
    const policies = response.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
    expect(policies, path).toHaveLength(1);
    strict(policies[0].value);
  }
  // The preview: one policy of its own, no script at all, framed by this site only.
  const src = await page.locator("iframe.outbox-html").getAttribute("src");
  const preview = await page.request.get(`${site.url}${src}`);
  const policies = preview.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  expect(policies[0].value).toContain("default-src 'none'");
  expect(policies[0].value).toContain("frame-ancestors 'self'");
  expect(policies[0].value).not.toContain("script-src");
  expect(preview.headers()["cache-control"]).toContain("no-store");
  // An email that is not in the outbox: nothing.
  expect((await page.request.get(`${site.url}/dev/outbox/apercu/00000000-0000-0000-0000-000000000000`)).status()).toBe(404);
});
