import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

test("an unknown public page answers 404 with the site's message and the way home", { tag: "@once" }, async ({ page }) => {
  const response = await page.goto("/villes/cette-commune-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à l’accueil" })).toHaveAttribute("href", "/");
});

test("an error in an organizers' page stays in the admin, with the way back to its home", { tag: "@once" }, async ({ page }) => {
  await signInAsOrganizer(page);
  const response = await page.goto("/admin/petitions/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à l’accueil de l’administration" })).toHaveAttribute("href", "/admin");
});

test("every answer carries the site's own request id, whatever the client sent", { tag: "@once" }, async ({ request }) => {
  const first = await request.get("/qui-sommes-nous", { headers: { "X-Request-Id": "forged" } });
  const second = await request.get("/qui-sommes-nous");
  const ids = [first.headers()["x-request-id"], second.headers()["x-request-id"]];
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(ids[0]).not.toBe(ids[1]);
});
