// The share images' answers (/partage.png, /villes/<slug>/partage.png, /projets/<slug>/partage.png,
// /recours/<id>/partage.png): what a card shows, read from the database; the PNG drawn at most
// two at a time per process (a bot asking for thousands waits its turn or gets a 503 at once,
// and the site's own requests keep the event loop and sharp's threads), kept in a cache bounded
// in bytes and keyed by what is drawn, so that a petition's image changes as soon as its count
// does; and the HTTP caching that goes with it (a short public max-age, an ETag from the content,
// 304 without drawing anything).
import { createHash } from "node:crypto";
import { getCommuneBySlug } from "~/models/commune.server";
import { getPublicLegalAction } from "~/modules/legal-actions/legal-action.server";
import { getPetitionForCommune } from "~/modules/petitions/petition.server";
import { getPublicProject } from "~/modules/projects/project.server";
import { petitionIs } from "~/modules/petitions/states";
import { byteLru } from "~/utils/byte-lru.server";
import { DEFAULT_LANG, isLang, translator, type Lang } from "~/utils/i18n";
import { langCookie } from "~/utils/lang.server";
import { cached } from "~/utils/memo.server";
import { isUuid } from "~/utils/uuid";
import { BUSY, workQueue } from "~/utils/work-queue.server";
import { renderCard, type Card } from "./card.server";

/** Bump when the drawing changes, so that ETags and cached images change with it. */
const DRAWING_VERSION = "2";
const MAX_AGE_SECONDS = 300;
const SLUG = /^[a-z0-9-]{1,120}$/;

export type ShareSubject = { kind: "campaign" } | { kind: "city"; slug: string } | { kind: "project"; slug: string } | { kind: "legal"; id: string };

const images = byteLru({ maxBytes: 32 * 1024 * 1024 });
const drawing = workQueue({ concurrency: 2, maxWaiting: 16 });

/** The language of an image: the address's `?lang=` (the page's, in its og:image), else the visitor's choice, else French. */
async function imageLang(request: Request): Promise<{ lang: Lang; fromCookie: boolean }> {
  const param = new URL(request.url).searchParams.get("lang");
  if (isLang(param)) return { lang: param, fromCookie: false };
  const chosen: unknown = await langCookie.parse(request.headers.get("Cookie"));
  return { lang: isLang(chosen) ? chosen : DEFAULT_LANG, fromCookie: true };
}

/** What a subject's card shows, in a language; null when there is no such public thing. */
export async function cardFor(subject: ShareSubject, lang: Lang): Promise<Card | null> {
  const t = translator(lang);
  const base = { brand: t("site.name"), tagline: t("site.tagline") };
  switch (subject.kind) {
    case "campaign":
      return { ...base, kicker: t("share.card.campaign"), title: t("home.heading"), facts: [t("share.card.campaignFacts")] };
    case "city": {
      if (!SLUG.test(subject.slug)) return null;
      const found = await cached(`share-city:${subject.slug}`, 2_000, async () => {
        const commune = await getCommuneBySlug({ slug: subject.slug });
        return commune ? { commune, petition: await getPetitionForCommune({ inseeCode: commune.inseeCode }) } : null;
      });
      if (!found) return null;
      const { commune, petition } = found;
      if (!petition) return { ...base, kicker: t("share.card.city", { commune: commune.name }), title: t("share.card.cityTitle", { commune: commune.name }) };
      const kicker = t("share.card.petition", { commune: commune.name });
      // Closed: the final count, without a goal or a bar, as on its page.
      if (!petitionIs(petition.status, "collecting"))
        return { ...base, kicker, title: petition.title, facts: [t("petition.finalCount", { count: petition.count })] };
      return {
        ...base,
        kicker,
        title: petition.title,
        progress: {
          count: t("share.card.count", { count: petition.count }),
          goal: t("share.card.goal", { goal: petition.goal }),
          ratio: petition.goal > 0 ? petition.count / petition.goal : 0,
        },
      };
    }
    case "project": {
      if (!SLUG.test(subject.slug)) return null;
      const result = await cached(`share-project:${subject.slug}`, 10_000, () => getPublicProject({ slug: subject.slug }));
      const project = result?.found;
      if (!project) return null;
      return { ...base, kicker: t("share.card.project", { commune: project.commune.name }), title: project.title, facts: [t(`reports.kind.${project.kind}`)] };
    }
    case "legal": {
      if (!isUuid(subject.id)) return null;
      const action = await cached(`share-legal:${subject.id}`, 10_000, () => getPublicLegalAction({ id: subject.id }));
      if (!action) return null;
      const communes = action.communes.map((commune) => commune.name).join(", ");
      return {
        ...base,
        kicker: communes ? t("share.card.legal", { communes }) : t("share.card.legalNational"),
        title: action.title,
        facts: [action.court, t(`legalActions.status.${action.status}`)],
      };
    }
  }
}

/**
 * One drawing per image at a time: a link posted on Mastodon is fetched by hundreds of instances
 * within seconds, all for the same image, and they share the first one's drawing.
 */
const inFlight = new Map<string, Promise<Buffer | typeof BUSY>>();

function draw(tag: string, card: Card) {
  let drawn = inFlight.get(tag);
  if (!drawn) {
    drawn = drawing
      .run(() => renderCard(card))
      .then((png) => {
        if (png !== BUSY) images.set(tag, png);
        return png;
      })
      .finally(() => inFlight.delete(tag));
    inFlight.set(tag, drawn);
  }
  return drawn;
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A share image as an HTTP answer: 200 with the PNG, 304, 404 for nothing public, 503 when too many are being drawn. */
export async function shareImageResponse(request: Request, subject: ShareSubject): Promise<Response> {
  const { lang, fromCookie } = await imageLang(request);
  const card = await cardFor(subject, lang);
  if (!card) return notFound();
  const tag = `"${createHash("sha256").update(DRAWING_VERSION).update(JSON.stringify(card)).digest("base64url").slice(0, 27)}"`;
  const headers = new Headers({ "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}`, ETag: tag });
  if (fromCookie) headers.set("Vary", "Cookie");
  const ifNoneMatch = request.headers.get("If-None-Match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((value) => value.trim().replace(/^W\//, "") === tag)) return new Response(null, { status: 304, headers });

  const png = images.get(tag) ?? (await draw(tag, card));
  if (png === BUSY) return new Response("Busy", { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
  headers.set("Content-Type", "image/png");
  headers.set("Content-Length", String(png.length));
  return new Response(new Uint8Array(png), { status: 200, headers });
}
