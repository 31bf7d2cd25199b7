import { db } from "~/utils/db.server";
import { emailIndexFor } from "~/modules/petitions/signature-index.server";
import { e2ePorts } from "../support/e2e-ports";
import { expect, test } from "./fixtures";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

async function emailsTo(address: string) {
  const response = await fetch(`http://127.0.0.1:${e2ePorts().resend}/__emails?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as unknown[]).length;
}

async function sign(page: import("@playwright/test").Page, email: string, { honeypot }: { honeypot?: string } = {}) {
  await page.goto("/villes/toulouse");
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill("Sacha");
  await form.getByLabel("Nom", { exact: true }).fill("Martin");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Code postal", { exact: true }).fill("31000");
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  // What a naive bot does: fill every input it finds, hidden or not.
  if (honeypot) await form.locator('input[name="website"]').fill(honeypot, { force: true });
  await form.getByRole("button", { name: "Signer" }).click();
}

test("every page carries the security headers, and scripts run under the policy", { tag: "@once" }, async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|^violation/i.test(message.text())) violations.push(message.text());
  });
  // What the browser reports without a console message: Zod's probe for `new Function` was one
  // on every page with a form, before the browser stopped loading Zod (app/components/server-form.ts).
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`violation: ${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
    ),
  );
  const response = await page.goto("/villes/nice");
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  // Checkout's origin is the Stripe stand-in's here (CHECKOUT_ORIGIN); the production default is
  // covered by tests/unit/http-security.test.ts.
  const checkout = `http://127.0.0.1:${e2ePorts().stripe}`;
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", `form-action 'self' ${checkout}`]) {
    expect(policy).toContain(directive);
  }
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Production mode: HSTS is sent (browsers honour it over HTTPS only).
  expect(headers["strict-transport-security"]).toContain("max-age=");
  // Hydrated: the live search suggests communes as one types, which needs the scripts to run.
  await page.goto("/villes");
  await page.getByRole("combobox").fill("Marseil");
  await expect(page.getByRole("option", { name: /Marseille/ }).first()).toBeVisible();
  // Forms validated in the browser (the petition, a report) parse with Zod.
  for (const path of ["/villes/nice", "/signaler", "/benevoles"]) {
    await page.goto(path);
    await page.locator("main form button[type=submit]").first().click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  }
  expect(violations).toEqual([]);

  // The embeddable counter is the one page other sites may frame.
  const embed = await page.request.get("/embed/nice");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
});

test("a POST from another site is refused", { tag: "@once" }, async ({ request }) => {
  const crossSite = await request.post("/connexion", { headers: { Origin: "https://evil.example" }, form: { email: "x@example.org" } });
  expect(crossSite.status()).toBe(403);
  const sameSite = await request.post("/langue", {
    headers: { Origin: new URL(test.info().project.use.baseURL!).origin },
    form: { lang: "en", redirectTo: "/" },
    maxRedirects: 0,
  });
  expect(sameSite.status()).toBeLessThan(400);
});

test("a bot that fills the honeypot sees the usual answer, and nothing is recorded or sent", async ({ page }) => {
  const email = `bot.${suffix()}@example.org`;
  await sign(page, email, { honeypot: "https://cheap-pills.example" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  // A genuine signer, sent just after, gets their email: by then the bot's would have come too.
  const human = `human.${suffix()}@example.org`;
  await sign(page, human);
  await expect.poll(() => emailsTo(human), { timeout: 60_000 }).toBe(1);
  expect(await emailsTo(email)).toBe(0);
  expect(await db().signature.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(0);
});

test("the petition form limits attempts per address, with a clear message that keeps what was typed", async ({ page }) => {
  const email = `insistent.${suffix()}@example.org`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await sign(page, email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  }
  await sign(page, email);
  await expect(page.getByRole("alert")).toContainText("Trop de tentatives");
  await expect(page.getByLabel("Adresse électronique", { exact: true })).toHaveValue(email);
  expect(await db().signature.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(1);
});
