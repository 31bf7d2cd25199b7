// Issue 27, item 4, "Every landing page leads to action": a project's page offers its commune's
// petition (or asking for one), documents and volunteering; /petitions leads to each city and its
// signing form; on a phone, /carte's map with its Île-de-France insets and /don's pay button are
// on the first screen. Each project owns its communes (one open petition per commune), used by no
// other journey; the French names contract "à": "Agir au Havre", "aux Ulis".
import type { Page } from "@playwright/test";
import { db } from "~/utils/db.server";
import { expect, test } from "./fixtures";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

const PHONE = { width: 360, height: 640 };

type Commune = { slug: string; name: string; postcode: string; agir: string };
const COMMUNES = {
  javascript: {
    withPetition: { slug: "le-havre", name: "Le Havre", postcode: "76600", agir: "Agir au Havre" },
    without: { slug: "les-ulis", name: "Les Ulis", postcode: "91940", agir: "Agir aux Ulis" },
  },
  noJavascript: {
    withPetition: { slug: "le-mans", name: "Le Mans", postcode: "72000", agir: "Agir au Mans" },
    without: { slug: "les-mureaux", name: "Les Mureaux", postcode: "78130", agir: "Agir aux Mureaux" },
  },
} satisfies Record<string, Record<string, Commune>>;

const communesFor = (javaScriptEnabled: boolean) => (javaScriptEnabled ? COMMUNES.javascript : COMMUNES.noJavascript);

async function inseeCodeOf(slug: string) {
  return (await db().commune.findUniqueOrThrow({ where: { slug }, select: { inseeCode: true } })).inseeCode;
}

/** The commune's only petition, open, with a tally already counted. */
async function openPetitionIn(slug: string, { goal, residents }: { goal: number; residents: number }) {
  const inseeCode = await inseeCodeOf(slug);
  await db().petition.deleteMany({ where: { inseeCode } });
  return db().petition.create({
    data: {
      inseeCode,
      title: `Non à la vidéosurveillance algorithmique ${suffix()}`,
      body: "Texte de la pétition.",
      goal,
      status: "OPEN",
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "Test",
      openedAt: new Date(Date.now() - 3600_000),
      tally: { create: { residents, supporters: 0 } },
    },
  });
}

/** A published project in the commune. */
async function aProjectIn(slug: string) {
  const title = `Caméras augmentées ${suffix()}`;
  const project = await db().report.create({
    data: {
      inseeCode: await inseeCodeOf(slug),
      kind: "VIDEO_ANALYTICS",
      title,
      description: "La ville teste l'analyse automatisée des images de ses caméras.",
      sources: [],
      status: "PUBLISHED",
      publishedAt: new Date(),
      slug: `cameras-${suffix()}`,
    },
  });
  return { id: project.id, slug: project.slug!, title };
}

/** Whether a box lies within the first screen of a 640 px tall viewport, scrolled to the top. */
async function expectOnFirstScreen(page: Page, selector: Parameters<Page["locator"]>[0]) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is laid out`).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
  return box!;
}

test.use({ viewport: PHONE });

test("from a project in a commune with an open petition, the visitor follows 'Signer la pétition', signs and is asked to check their inbox", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const commune = communesFor(javaScriptEnabled).withPetition;
  const petition = await openPetitionIn(commune.slug, { goal: 5000, residents: 1233 });
  const project = await aProjectIn(commune.slug);

  await page.goto(`/projets/${project.slug}`);
  const actions = page.getByRole("region", { name: commune.agir });
  await expect(actions).toBeVisible();
  await expect(actions.getByText(petition.title)).toBeVisible();
  // The count as French writes it (a narrow no-break space between thousands).
  expect(await actions.getByTestId("commune-petition-count").textContent()).toBe("1\u202f233 signatures confirmées");
  await expect(actions.getByRole("progressbar", { name: "Progression vers l’objectif" })).toHaveAttribute("value", "1233");
  await expect(actions.getByRole("link", { name: `Demander des documents à la mairie du ${commune.name.replace(/^Le /, "")}` })).toHaveAttribute(
    "href",
    `/demandes/nouvelle?ville=${commune.slug}&projet=${project.id}`,
  );
  const volunteer = actions.getByRole("link", { name: `Devenir bénévole au ${commune.name.replace(/^Le /, "")}` });
  await expect(volunteer).toHaveAttribute("href", new RegExp(`^/benevoles\\?commune=${encodeURIComponent(commune.name).replace(/%20/g, "\\+")}`));
  await expectAccessible(page);

  await actions.getByRole("link", { name: "Signer la pétition" }).click();
  await expect(page).toHaveURL(new RegExp(`/villes/${commune.slug}#sign-heading$`));
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await expect(form.getByRole("heading", { name: "Signer la pétition" })).toBeInViewport();
  await form.getByLabel("Prénom", { exact: true }).fill("Camille");
  await form.getByLabel("Nom", { exact: true }).fill("Lefèvre");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(`camille.${suffix()}@example.org`);
  await form.getByLabel("Code postal", { exact: true }).fill(commune.postcode);
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await expect(page).toHaveURL(new RegExp(`/villes/${commune.slug}/verification$`));
});

test("a project in a commune without a petition asks for one there", async ({ page, javaScriptEnabled, expectAccessible }) => {
  const commune = communesFor(javaScriptEnabled).without;
  await db().petition.deleteMany({ where: { inseeCode: await inseeCodeOf(commune.slug) } });
  const project = await aProjectIn(commune.slug);

  await page.goto(`/projets/${project.slug}`);
  const actions = page.getByRole("region", { name: commune.agir });
  await expect(actions.getByText(`Il n’y a pas encore de pétition aux ${commune.name.replace(/^Les /, "")}.`)).toBeVisible();
  await expect(actions.getByRole("link", { name: "Signer la pétition" })).toHaveCount(0);
  await expect(actions.getByRole("link", { name: /^Devenir bénévole aux / })).toBeVisible();
  await expectAccessible(page);

  await actions.getByRole("link", { name: `Demander une pétition aux ${commune.name.replace(/^Les /, "")}` }).click();
  await expect(page).toHaveURL(new RegExp(`/villes/${commune.slug}#petition-request-heading$`));
  await expect(page.getByRole("heading", { name: "Demander une pétition ici" })).toBeVisible();
});

test("/petitions: each petition leads to its city and its signing form, with its count and progress; sorting works without JavaScript", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const commune = communesFor(javaScriptEnabled).withPetition;
  const petition = await openPetitionIn(commune.slug, { goal: 5000, residents: 1233 });

  // The page cache keeps /petitions for a second or two: wait for the new petition.
  const row = page.getByTestId("petition-row").filter({ has: page.getByRole("link", { name: petition.title }) });
  await expect(async () => {
    await page.goto("/petitions");
    await expect(row).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  await expect(row.getByRole("link", { name: petition.title })).toHaveAttribute("href", `/villes/${commune.slug}`);
  // The count as French writes it, a narrow no-break space between thousands (compared exactly).
  expect(await row.getByTestId("petition-row-count").textContent()).toBe("1\u202f233 signatures confirmées");
  await expect(row.getByText("Objectif\u00a0: 5\u202f000 signatures")).toBeVisible();
  const progress = row.getByRole("progressbar", { name: `Progression de la pétition du ${commune.name.replace(/^Le /, "")} vers son objectif` });
  await expect(progress).toHaveAttribute("value", "1233");
  await expect(progress).toHaveAttribute("max", "5000");
  const sign = row.getByRole("link", { name: `Signer la pétition du ${commune.name.replace(/^Le /, "")}` });
  await expect(sign).toHaveAttribute("href", `/villes/${commune.slug}#sign-heading`);
  await expectAccessible(page);

  // The sort control: a labelled select and a named button, a GET form.
  await page.getByLabel("Trier par").selectOption({ label: "ville" });
  await page.getByRole("button", { name: "Trier la liste" }).click();
  await expect(page).toHaveURL(/\/petitions\?tri=ville$/);
  await expect(page.getByLabel("Trier par")).toHaveValue("ville");
  const names = await page.getByTestId("petition-row").locator(".petition-row-commune").allTextContents();
  expect(names.length).toBeGreaterThan(1);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));

  await sign.click();
  await expect(page).toHaveURL(new RegExp(`/villes/${commune.slug}#sign-heading$`));
  await expect(page.getByRole("heading", { name: "Signer la pétition", level: 3 })).toBeInViewport();
});

test("/carte at 360 px: the map and the Île-de-France insets are on the first screen, every inset department a target of 24 px or more", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/carte");
  await expectOnFirstScreen(page, "svg.france-map >> nth=0");
  const insets = page.locator("[data-inset-department]");
  await expect(insets).toHaveCount(8);
  for (const link of await insets.all()) {
    const code = await link.getAttribute("data-inset-department");
    const box = await link.boundingBox();
    expect(box, `inset ${code}`).not.toBeNull();
    expect(box!.width, `inset ${code}'s width`).toBeGreaterThanOrEqual(24);
    expect(box!.height, `inset ${code}'s height`).toBeGreaterThanOrEqual(24);
    expect(box!.y + box!.height, `inset ${code} on the first screen`).toBeLessThanOrEqual(PHONE.height);
  }
  await expect(page.getByRole("group", { name: "Paris et petite couronne" }).getByRole("link", { name: /^Paris \(75\)/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "Île-de-France" }).getByRole("link", { name: /^Seine-et-Marne \(77\)/ })).toBeVisible();
  await expectAccessible(page);

  // Tapping Paris in its inset opens Paris's list, as the map does.
  await page.locator('[data-inset-department="75"]').click();
  await expect(page).toHaveURL(/departement=75/);
  await expect(page.getByRole("heading", { name: "Paris (75)" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test("/don at 360 × 640: the pay button is on the first screen; the optional receipt unfolds", async ({ page, expectAccessible }) => {
  await page.goto("/don");
  await expectOnFirstScreen(page, "role=button[name='Continuer vers le paiement sécurisé']");
  await expect(page.getByLabel(/^25\s€/)).toBeChecked();
  await expect(page.getByLabel("Prénom et nom")).toBeHidden();
  await page.getByText("Recevoir un reçu fiscal").click();
  await expect(page.getByLabel("Prénom et nom")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page);
});
