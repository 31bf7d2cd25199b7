// Issue 28, item 2: an organizer blocks a domain from the admin (a bad entry first: the message
// beside the field, what was typed kept), and a signer of that domain gets the page every signer
// gets while nothing is counted; an organizer allows a network for a street stall (a /0 first:
// refused), then removes it. JavaScript on and off.
import { LISTS_CACHE_MS } from "~/modules/petition-lists/signing.server";
import { emailIndexFor } from "~/modules/petitions/signature-index.server";
import { parisDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";
import { petitionIn, suffix } from "./petitions";

// On a phone, as most visitors and many organizers are.
test.use({ viewport: { width: 360, height: 740 } });

test("an organizer blocks a domain; its signer gets the usual page and is not counted", async ({ page, browser, javaScriptEnabled, expectAccessible }) => {
  const slug = javaScriptEnabled ? "ollioules" : "sanary-sur-mer";
  await petitionIn(slug);
  await signInAsOrganizer(page);
  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Pétitions" }).click();
  await page.getByRole("link", { name: "Listes de blocage et réseaux autorisés" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Listes de blocage et réseaux autorisés");
  await expectAccessible(page);

  // A link is not a domain: the message beside the field, what was typed kept.
  const domains = page.getByRole("region", { name: "Domaines bloqués" });
  const domain = `troll-${suffix()}.example`;
  await domains.getByLabel("Domaine", { exact: true }).fill(`http://${domain}`);
  await domains.getByLabel("Note (facultative)").fill("faux comptes en série");
  await domains.getByRole("button", { name: "Bloquer ce domaine" }).click();
  await expect(domains.locator(".field-error")).toHaveText(
    "Indiquez le domaine seul, sans «\u00a0http://\u00a0» ni chemin\u00a0: pour «\u00a0https://exemple.fr/page\u00a0», c’est exemple.fr.",
  );
  await expect(domains.getByLabel("Domaine", { exact: true })).toHaveValue(`http://${domain}`);
  await expect(domains.getByLabel("Note (facultative)")).toHaveValue("faux comptes en série");
  await expectAccessible(page);

  await domains.getByLabel("Domaine", { exact: true }).fill(domain);
  await domains.getByRole("button", { name: "Bloquer ce domaine" }).click();
  const row = domains.getByRole("row").filter({ has: page.getByRole("cell", { name: domain, exact: true }) });
  await expect(row).toContainText("faux comptes en série");
  // Nothing widens the page at 360 px (the tables scroll inside themselves).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The site's copies of the lists are re-read within LISTS_CACHE_MS of the entry's commit.
  const { createdAt } = await db().blockedEmailDomain.findUniqueOrThrow({ where: { domain } });
  await expect.poll(() => Date.now() - createdAt.getTime(), { timeout: 10_000 }).toBeGreaterThan(LISTS_CACHE_MS);

  // A signer from a subdomain of it: the page every signer gets, and nothing recorded.
  const signers = await browser.newContext({ locale: "fr-FR", javaScriptEnabled, viewport: { width: 360, height: 740 } });
  const signer = await signers.newPage();
  await signer.goto(`/villes/${slug}`);
  const count = await signer.getByTestId("petition-count").textContent();
  const email = `troll.${suffix()}@mail.${domain}`;
  const form = signer.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill("Troll");
  await form.getByLabel("Nom", { exact: true }).fill("Sérieux");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Code postal", { exact: true }).fill(javaScriptEnabled ? "83190" : "83110");
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(signer.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  expect(await db().signature.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(0);
  await signer.goto(`/villes/${slug}`);
  await expect(signer.getByTestId("petition-count")).toHaveText(count ?? "");
  await signers.close();

  // The addition is audited.
  const entry = await db().auditEntry.findFirst({ where: { action: "petition-list.block-domain", details: { equals: { domain } } } });
  expect(entry).not.toBeNull();
});

test("an organizer allows a street stall's network (a /0 refused first), then removes it", async ({ page, javaScriptEnabled, expectAccessible }) => {
  await signInAsOrganizer(page);
  await page.goto("/admin/petitions/listes");
  const networks = page.getByRole("region", { name: "Réseaux autorisés" });
  const label = `stand marché de la Libération ${suffix()}`;
  const today = parisDay(Date.now());
  const cidr = javaScriptEnabled ? `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::/48` : `192.0.${Math.floor(Math.random() * 250)}.0/24`;

  await networks.getByLabel("Réseau (notation CIDR)").fill(javaScriptEnabled ? "::/0" : "0.0.0.0/0");
  await networks.getByLabel("Lieu ou occasion").fill(label);
  await networks.getByLabel("Premier jour").fill(today);
  await networks.getByLabel("Dernier jour").fill(today);
  await networks.getByRole("button", { name: "Autoriser ce réseau" }).click();
  await expect(networks.locator(".field-error")).toContainText("Ce réseau est trop large\u00a0: au plus /16 en IPv4");
  await expect(networks.getByLabel("Lieu ou occasion")).toHaveValue(label);
  await expect(networks.getByLabel("Premier jour")).toHaveValue(today);
  await expectAccessible(page);

  await networks.getByLabel("Réseau (notation CIDR)").fill(cidr);
  await networks.getByRole("button", { name: "Autoriser ce réseau" }).click();
  const row = networks.getByRole("row").filter({ hasText: label });
  await expect(row).toContainText(cidr);
  await expect(row).toContainText("En cours");
  await expectAccessible(page);

  await row.getByRole("button", { name: `Retirer ${cidr} (${label}) de la liste` }).click();
  await expect(networks.getByRole("row").filter({ hasText: label })).toHaveCount(0);
  const audited = await db().auditEntry.findMany({
    where: { action: { in: ["petition-list.allow-network", "petition-list.remove-network"] }, details: { path: ["label"], equals: label } },
  });
  expect(audited.map((entry) => entry.action).sort()).toEqual(["petition-list.allow-network", "petition-list.remove-network"]);
});
