// Issue 28, "Petitions a mayor cannot dismiss": closing, its grace period, supporters from
// abroad and the exports, as visitors see them. Each project uses its own communes (one open
// petition per commune), none used by the other journeys.
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { markDelivered } from "~/modules/petitions/admin.server";
import { addOrganizer } from "~/models/organizer.server";
import { hashToken } from "~/utils/tokens.server";
import { db } from "~/utils/db.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";
import { petitionIn } from "./petitions";

test("a closed petition shows its final count, without the goal", async ({ page, javaScriptEnabled, expectAccessible }) => {
  const slug = javaScriptEnabled ? "grasse" : "vence";
  await petitionIn(slug, { status: "CLOSED", goal: 500, residents: 37, supporters: 5 });
  await page.goto(`/villes/${slug}`);
  await expect(page.getByTestId("petition-count")).toHaveText("Résultat final\u00a0: 42 signatures confirmées");
  await expect(page.getByText(/Objectif/)).toHaveCount(0);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByText("Cette pétition n’accepte plus de signatures.")).toBeVisible();
  await expectAccessible(page);

  const embed = await page.request.get(`/embed/${slug}`);
  const html = await embed.text();
  expect(html).toContain("Résultat final");
  expect(html).not.toContain("Objectif");
});

test("the petitions' open data, as JSON and as CSV for spreadsheets", { tag: "@once" }, async ({ page }) => {
  await page.goto("/petitions");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "petitions.csv" }).click()]);
  expect(download.suggestedFilename()).toBe("technopolice-petitions.csv");
  const csv = await (await page.request.get("/petitions.csv")).text();
  const json = await (await page.request.get("/petitions.json")).json();
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("id,commune,title,status,goal,count,residents,supporters,updated_at,url,supporters_by_country");
  expect(lines).toHaveLength(json.petitions.length + 1);
  expect(lines.some((line) => line.includes(",Nice,"))).toBe(true);
});

test("an organizer sets a closing date; the worker closes the petition; a signature made before can still be confirmed, and counts", async ({
  page,
  browser,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const city = javaScriptEnabled ? { slug: "cannes", postcode: "06400" } : { slug: "frejus", postcode: "83600" };
  const petition = await petitionIn(city.slug, { status: "OPEN" });

  // A resident signs; the confirmation link waits in their inbox.
  const email = `cloture.${Math.random().toString(36).slice(2, 10)}@example.org`;
  await page.goto(`/villes/${city.slug}`);
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill("Noé");
  await form.getByLabel("Nom", { exact: true }).fill("Garnier");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Code postal", { exact: true }).fill(city.postcode);
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  const sentAt = Date.now();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  const link = linkIn(await lastEmailTo(email, { after: sentAt }), "/signature/");

  // An organizer sets the closing date: the next minute (UTC), after the signature.
  const organizer = await (await browser.newContext({ locale: "fr-FR", javaScriptEnabled })).newPage();
  await signInAsOrganizer(organizer);
  await organizer.goto(`/admin/petitions/${petition.id}`);
  const closesAt = new Date(Math.ceil((Date.now() + 1_000) / 60_000) * 60_000);
  await organizer.getByLabel("Date de clôture (heure UTC, facultative)").fill(closesAt.toISOString().slice(0, 16));
  await expectAccessible(organizer);
  await organizer.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(organizer.getByRole("status")).toHaveText("Modifications enregistrées.");
  await expect(organizer.getByLabel("Date de clôture (heure UTC, facultative)")).toHaveValue(closesAt.toISOString().slice(0, 16));

  // The worker closes it once the date has passed.
  await expect
    .poll(async () => (await page.goto(`/villes/${city.slug}`), page.getByText("Cette pétition n’accepte plus de signatures.").count()), {
      timeout: 180_000,
      intervals: [2_000],
    })
    .toBe(1);
  await expect(page.getByRole("heading", { name: "Signer la pétition" })).toHaveCount(0);

  // Within the grace period, the signature made before closing is confirmed, and counts.
  await page.goto(link);
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
  await expect
    .poll(async () => (await page.goto(`/villes/${city.slug}`), page.getByTestId("petition-count").textContent()), { timeout: 60_000, intervals: [1_000] })
    .toBe("Résultat final\u00a0: 1 signature confirmée");
});

test("the delivered email's unsubscribe link and one-click header stop the petition's news for that signer", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const city = javaScriptEnabled ? { slug: "draguignan", postcode: "83300" } : { slug: "cagnes-sur-mer", postcode: "06800" };
  const petition = await petitionIn(city.slug, { status: "OPEN" });
  const email = `nouvelles.${Math.random().toString(36).slice(2, 10)}@example.org`;
  const input = {
    firstName: "Inès",
    lastName: "Roy",
    email,
    residence: "france" as const,
    postcode: city.postcode,
    country: null,
    consentProcessing: true,
    showName: false,
    wantsNewsletter: false,
    mayContact: false,
  };
  await signPetition({ petitionId: petition.id, input, ipHash: "e2e", lang: "fr" });
  const signature = await db().signature.findFirstOrThrow({ where: { petitionId: petition.id } });
  await db().signature.update({ where: { id: signature.id }, data: { tokenHash: hashToken(`e2e-${signature.id}`) } });
  await confirmSignature({ token: `e2e-${signature.id}` });
  const organizer = await addOrganizer({ email: `orga-${Date.now()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const deliveredAt = Date.now();
  await markDelivered({ id: petition.id, organizerId: organizer.id });

  const delivered = await lastEmailTo(email, { after: deliveredAt, containing: "/petitions/desabonnement/" });
  expect(delivered.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(.+)>$/.exec(delivered.headers["List-Unsubscribe"])![1];

  // The link in the email opens a page with a button; the button unsubscribes.
  await page.goto(linkIn(delivered, "/petitions/desabonnement/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelles de la pétition");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ne plus recevoir de nouvelles de cette pétition" }).click();
  await expect(page.getByRole("status")).toContainText("vous ne recevrez plus de nouvelles de la pétition");
  expect((await db().signature.findUniqueOrThrow({ where: { id: signature.id } })).newsOptOutAt).not.toBeNull();

  // The mail provider's one click (RFC 8058): a POST from elsewhere, idempotent.
  const posted = await page.request.post(new URL(oneClick).pathname, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { origin: "https://mail.example" },
  });
  expect(posted.status()).toBe(200);
});
