// Link previews and sharing (issue 27, item 3). Every main public page, fetched as a preview bot
// fetches it (no JavaScript, no cookie), says its title, description, canonical address and
// share image, and the image is a 1200×630 PNG; a petition's image follows its count; after
// confirming a signature, the share block works at 360 px with and without JavaScript, and the
// Mastodon form sends only to an instance's /share page.
import type { APIRequestContext, Page } from "@playwright/test";
import { db } from "~/utils/db.server";
import { openPetition } from "../factories/petition";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 780 } });

const BOTS = ["Mastodon/4.3 (http.rb/5.2; +https://mastodon.example/)", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"];

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The attributes of every <meta> and <link> in a page's HTML, as a bot reads them (names are case-insensitive: React writes hrefLang). */
function headTags(html: string) {
  return [...html.matchAll(/<(meta|link)\b([^>]*)>/g)].map((match) =>
    Object.fromEntries([...match[2].matchAll(/([\w:-]+)="([^"]*)"/g)].map((attribute) => [attribute[1].toLowerCase(), decode(attribute[2])])),
  );
}

/** A PNG's width and height, from its IHDR chunk (bytes 16 to 24). */
function pngSize(body: Buffer) {
  expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(body.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** A same-site absolute address as a path the test's request context can fetch. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

async function aPublishedLegalAction() {
  const existing = await db().legalAction.findFirst({ where: { publishedAt: { not: null } }, select: { id: true, title: true } });
  if (existing) return existing;
  return db().legalAction.create({
    data: {
      title: "Recours contre la vidéosurveillance algorithmique & les drones à Nice",
      inseeCodes: ["06088"],
      court: "Tribunal administratif de Nice",
      filedOn: new Date("2026-03-02"),
      summary: "Un recours contre l’arrêté qui autorise les drones au-dessus des manifestations.",
      publishedAt: new Date(),
    },
    select: { id: true, title: true },
  });
}

async function previewOf(request: APIRequestContext, path: string, userAgent: string) {
  const response = await request.get(path, { headers: { "User-Agent": userAgent } });
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const tags = headTags(html);
  const meta = (key: string) => tags.find((tag) => tag.property === key || tag.name === key)?.content;
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ""),
    description: meta("description"),
    canonical: tags.find((tag) => tag.rel === "canonical")?.href,
    meta,
  };
}

test("a link-preview bot finds title, description, canonical address and a 1200×630 image on every main page @once", async ({ request, baseURL }) => {
  const project = await db().report.findFirst({ where: { status: "PUBLISHED", slug: { not: null } }, select: { slug: true, title: true } });
  const action = await aPublishedLegalAction();
  const pages = [
    { path: "/", image: "/partage.png" },
    { path: "/petitions", image: "/partage.png" },
    { path: "/villes/nice", image: "/villes/nice/partage.png" },
    { path: "/projets", image: "/partage.png" },
    { path: `/projets/${project!.slug}`, image: `/projets/${project!.slug}/partage.png`, title: project!.title },
    { path: "/recours", image: "/partage.png" },
    { path: `/recours/${action.id}`, image: `/recours/${action.id}/partage.png`, title: action.title },
  ];
  const origin = new URL(baseURL!).origin;
  for (const [index, page] of pages.entries()) {
    const preview = await previewOf(request, page.path, BOTS[index % BOTS.length]);
    expect(preview.title, page.path).not.toBe("");
    if (page.title) expect(preview.title).toContain(page.title);
    expect(preview.description?.length, page.path).toBeGreaterThan(20);
    expect(preview.canonical).toBe(`${origin}${page.path === "/" ? "/" : page.path}`);
    expect(preview.meta("og:url")).toBe(preview.canonical);
    expect(preview.meta("og:title")).toBeTruthy();
    expect(preview.meta("og:description")).toBe(preview.description);
    expect(preview.meta("twitter:card")).toBe("summary_large_image");
    const image = preview.meta("og:image")!;
    expect(image).toBe(`${origin}${page.image}`);
    expect(preview.meta("twitter:image")).toBe(image);
    expect(preview.meta("og:image:width")).toBe("1200");
    expect(preview.meta("og:image:height")).toBe("630");
    expect(preview.meta("og:image:alt")?.length).toBeGreaterThan(10);

    const png = await request.get(pathOf(image), { headers: { "User-Agent": BOTS[index % BOTS.length] } });
    expect(png.status(), image).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(png.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
    expect(png.headers().etag).toMatch(/^"[\w-]+"$/);
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    // The same image again: 304, nothing drawn or sent.
    const again = await request.get(pathOf(image), { headers: { "If-None-Match": png.headers().etag } });
    expect(again.status()).toBe(304);
  }

  // An English page's image is drawn in English: its address says so, for a bot has no cookie.
  const english = await request.get("/villes/nice", { headers: { "Accept-Language": "en-GB,en;q=0.9", "User-Agent": BOTS[0] } });
  const englishImage = headTags(await english.text()).find((tag) => tag.property === "og:image")?.content;
  expect(englishImage).toBe(`${origin}/villes/nice/partage.png?lang=en`);
  const french = await request.get("/villes/nice/partage.png");
  const inEnglish = await request.get(pathOf(englishImage!));
  expect(inEnglish.status()).toBe(200);
  expect(inEnglish.headers().etag).not.toBe(french.headers().etag);
});

test("English pages have their own address: a petition shared in English previews in English, with each language's address both ways @once", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const links = (tags: Record<string, string>[]) =>
    Object.fromEntries(tags.filter((tag) => tag.rel === "alternate" && tag.hreflang).map((tag) => [tag.hreflang, tag.href]));
  const alternates = { fr: `${origin}/villes/nice`, en: `${origin}/villes/nice?lang=en`, "x-default": `${origin}/villes/nice` };

  // A bot with no cookie and a French Accept-Language: the address decides.
  const english = await request.get("/villes/nice?lang=en", { headers: { "Accept-Language": "fr-FR", "User-Agent": BOTS[0] } });
  expect(english.headers()["content-language"]).toBe("en");
  const html = await english.text();
  expect(html).toMatch(/<html lang="en"/);
  const tags = headTags(html);
  const meta = (name: string) => tags.find((tag) => tag.property === name || tag.name === name)?.content;
  expect(tags.find((tag) => tag.rel === "canonical")?.href).toBe(`${origin}/villes/nice?lang=en`);
  expect(meta("og:url")).toBe(`${origin}/villes/nice?lang=en`);
  expect(meta("og:locale")).toBe("en_GB");
  expect(html).toMatch(/<title>Nice — Technopolice<\/title>/);
  expect(meta("description")).toMatch(/\S/);
  expect(html).toContain("Sign the petition");
  expect(meta("og:image")).toBe(`${origin}/villes/nice/partage.png?lang=en`);
  expect(links(tags)).toEqual(alternates);

  // The French page names the same alternates, and stays French for a bot whatever its Accept-Language.
  const french = await request.get("/villes/nice", { headers: { "Accept-Language": "fr-FR", "User-Agent": BOTS[1] } });
  expect(french.headers()["content-language"]).toBe("fr");
  const frenchTags = headTags(await french.text());
  expect(frenchTags.find((tag) => tag.rel === "canonical")?.href).toBe(`${origin}/villes/nice`);
  expect(links(frenchTags)).toEqual(alternates);

  // English by the browser's choice at the French address: the English address is canonical, and
  // no alternates contradict it (Lighthouse's canonical audit fails a page that does both).
  const chosen = headTags(await (await request.get("/villes/nice", { headers: { "Accept-Language": "en-GB" } })).text());
  expect(chosen.find((tag) => tag.rel === "canonical")?.href).toBe(`${origin}/villes/nice?lang=en`);
  expect(links(chosen)).toEqual({});

  // ?lang=fr wins over an English cookie or browser; junk is ignored.
  expect((await request.get("/villes/nice?lang=fr", { headers: { "Accept-Language": "en" } })).headers()["content-language"]).toBe("fr");
  expect((await request.get("/villes/nice?lang=xx", { headers: { "Accept-Language": "en" } })).headers()["content-language"]).toBe("en");
});

test("unknown or junk slugs and ids answer 404, never 500 @once", async ({ request }) => {
  const paths = [
    "/villes/nope-not-a-commune/partage.png",
    "/villes/%3Cscript%3E/partage.png",
    "/villes/%00%FF/partage.png",
    `/villes/${"a".repeat(400)}/partage.png`,
    "/villes/NICE/partage.png",
    "/projets/nope-not-here/partage.png",
    "/projets/..%2F..%2Fetc%2Fpasswd/partage.png",
    "/recours/not-a-uuid/partage.png",
    "/recours/00000000-0000-4000-8000-000000000000/partage.png",
    "/recours/%27%20OR%201%3D1/partage.png",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    // A NUL byte in the address is refused before any route (app/utils/node-http.server.ts).
    expect(response.status(), path).toBe(path.includes("%00") ? 400 : 404);
  }
  expect((await request.get("/partager/mastodon?ville=nope-not-a-commune&instance=mastodon.social", { maxRedirects: 0 })).status()).toBe(404);
});

/** Each project signs in a commune of its own: opening a petition closes the commune's other open one. */
const COMMUNES = { javascript: { inseeCode: "38185", postcode: "38000" }, "no-javascript": { inseeCode: "21231", postcode: "21000" } } as const;

async function signAndConfirm(page: Page, slug: string, postcode: string) {
  await page.goto(`/villes/${slug}`);
  const form = page.getByRole("region", { name: "Signer la pétition" });
  const email = `partage.${Math.random().toString(36).slice(2, 10)}@example.org`;
  const sentAt = Date.now();
  await form.getByLabel("Prénom", { exact: true }).fill("Alex");
  await form.getByLabel("Nom", { exact: true }).fill("Moreau");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Code postal", { exact: true }).fill(postcode);
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await page.goto(linkIn(await lastEmailTo(email, { after: sentAt }), "/signature/"));
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
}

test("after confirming a signature: the share block at 360 px, the Mastodon form, and the petition's image follows the count", async ({
  page,
  request,
  javaScriptEnabled,
  expectAccessible,
}, testInfo) => {
  const { inseeCode, postcode } = COMMUNES[testInfo.project.name as keyof typeof COMMUNES];
  await openPetition({ inseeCode, goal: 300 });
  const { slug } = await db().commune.findUniqueOrThrow({ where: { inseeCode }, select: { slug: true } });
  const imagePath = `/villes/${slug}/partage.png`;
  const before = await request.get(imagePath);
  expect(before.status()).toBe(200);
  const beforeTag = before.headers().etag;
  const beforeBytes = await before.body();

  await signAndConfirm(page, slug, postcode);
  const share = page.getByRole("region", { name: "Faire connaître la pétition" });
  const address = share.getByLabel("Adresse de la pétition");
  await expect(address).toHaveValue(new RegExp(`/villes/${slug}$`));
  await expect(address).toHaveAttribute("readonly", "");
  const email = share.getByRole("link", { name: "Par courriel" });
  await expect(email).toHaveAttribute("href", /^mailto:\?subject=[^&]+&body=.+%2Fvilles%2F/);
  await expect(share.getByRole("link", { name: "Sur WhatsApp" })).toHaveAttribute("href", new RegExp(`^https://wa\\.me/\\?text=.+%2Fvilles%2F${slug}$`));
  await expect(share.getByRole("link", { name: "Sur Telegram" })).toHaveAttribute(
    "href",
    new RegExp(`^https://t\\.me/share/url\\?url=.+%2Fvilles%2F${slug}&text=.+`),
  );
  const copy = share.getByRole("button", { name: "Copier l’adresse" });
  if (javaScriptEnabled) {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await copy.click();
    await expect(share.getByRole("status")).toHaveText("Adresse copiée\u00a0: collez-la où vous voulez.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/villes/${slug}$`));
  } else {
    // Without JavaScript, no button that would do nothing: the address is there to copy.
    await expect(copy).toHaveCount(0);
    await expect(share.getByRole("button", { name: "Partager…" })).toHaveCount(0);
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectAccessible(page);

  // The Mastodon form: anything but a host name comes back with the error beside the field.
  const thanksUrl = page.url();
  for (const typed of ["javascript:alert(1)", "evil.example/path", "a b"]) {
    await page.goto(thanksUrl);
    const field = page.getByLabel("Sur Mastodon\u00a0: votre instance");
    await field.fill(typed);
    await page.getByRole("button", { name: "Partager sur Mastodon" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partager sur Mastodon");
    const refused = page.getByLabel("Sur Mastodon\u00a0: votre instance");
    await expect(refused).toHaveValue(typed);
    await expect(refused).toHaveAttribute("aria-invalid", "true");
    await expect(refused).toHaveAccessibleDescription(/Indiquez seulement le nom de votre instance, par exemple mastodon\.social/);
    expect(new URL(page.url()).origin).toBe(new URL(thanksUrl).origin);
  }
  await expectAccessible(page);
  // A valid one: the browser goes on to the instance's own share page, with the petition's
  // address in the text. (The instance is not reached: a route does not see a redirect's target,
  // and the test machine may have no network.)
  await page.getByLabel("Sur Mastodon\u00a0: votre instance").fill("mastodon.social");
  const shared = page.waitForRequest(/^https:\/\/mastodon\.social\/share\?text=/);
  await page.getByRole("button", { name: "Partager sur Mastodon" }).click();
  const text = new URL((await shared).url()).searchParams.get("text") ?? "";
  expect(text).toMatch(new RegExp(`^Une pétition contre la surveillance à .+ http://localhost:\\d+/villes/${slug}$`));

  // The redirect itself, as the server answers it.
  const redirect = await request.get(`/partager/mastodon?ville=${slug}&instance=mastodon.social`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(302);
  expect(redirect.headers().location).toMatch(/^https:\/\/mastodon\.social\/share\?text=[^/]*%2Fvilles%2F/);

  // The petition's image shows the new count once the tally has it: another ETag, other bytes.
  await expect
    .poll(async () => (await request.get(imagePath)).headers().etag, { timeout: 60_000, message: "the image's ETag after the signature" })
    .not.toBe(beforeTag);
  expect((await (await request.get(imagePath)).body()).equals(beforeBytes)).toBe(false);
});
