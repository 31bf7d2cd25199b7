import type { MetaDescriptor } from "@remix-run/node";
import type { MessageKey } from "~/locales/fr";
import { DEFAULT_LANG, isLang, langInAddress, LANGS, translator } from "./i18n";

type Match = { id: string; data: unknown };

function rootData(matches: Match[]) {
  const root = matches.find((match) => match.id === "root")?.data as { lang?: unknown; formFailed?: unknown; path?: unknown; origin?: unknown } | undefined;
  const lang = isLang(root?.lang) ? root.lang : DEFAULT_LANG;
  const origin = typeof root?.origin === "string" ? root.origin : "http://localhost:3000";
  const address = typeof root?.path === "string" ? root.path : "/";
  const path = address.split("?")[0];
  // The language the address alone names (`?lang=en`, else French), which the page's may not be
  // (a cookie or the browser chose English at a French address).
  const addressLang = langInAddress(address) ?? DEFAULT_LANG;
  return { t: translator(lang), lang, origin, formFailed: root?.formFailed === true, url: inLang(new URL(path, origin), lang), path, addressLang };
}

/** A page's address in a language: French at the bare path, English with `?lang=en` (app/utils/lang.server.ts). */
function inLang(url: URL, lang: string) {
  const address = new URL(url);
  if (lang !== DEFAULT_LANG) address.searchParams.set("lang", lang);
  return address.toString();
}

/** A description as previews show it: one line, at most about 200 characters, cut at a word. */
function clip(text: string) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= 200 ? line : `${line.slice(0, 200).replace(/\s+\S*$/, "")}…`;
}

/**
 * What a public page says about itself to search engines and link previews (Mastodon, Signal,
 * WhatsApp, email clients): its title, a description (the campaign's, when the page has none of
 * its own), its absolute canonical URL, Open Graph and Twitter Card tags, and its share image
 * (app/modules/share/: the page's own, else the campaign's /partage.png), 1200×630, drawn in the
 * page's language. A page that must not be indexed (a personal link) gets neither canonical URL
 * nor preview tags.
 */
export function shareable(
  matches: Match[],
  { title, description, noindex = false, image }: { title: string; description?: string; noindex?: boolean; image?: ShareImage },
): MetaDescriptor[] {
  const { t, lang, url, origin, path, addressLang } = rootData(matches);
  const text = clip(description || t("home.metaDescription"));
  if (noindex) return [{ title: shownTitle(matches, title) }, { name: "description", content: text }, { name: "robots", content: "noindex" }];
  return [
    { title: shownTitle(matches, title) },
    { name: "description", content: text },
    { tagName: "link", rel: "canonical", href: url },
    // Each language's address, both ways, and French for everyone else; not on a page whose
    // language its address does not name (English by cookie at a French address): its canonical
    // URL is the English address, which the alternates would contradict.
    ...(lang === addressLang
      ? [
          ...LANGS.map((other) => ({ tagName: "link", rel: "alternate", hrefLang: other, href: inLang(new URL(path, origin), other) })),
          { tagName: "link", rel: "alternate", hrefLang: "x-default", href: inLang(new URL(path, origin), DEFAULT_LANG) },
        ]
      : []),
    { property: "og:title", content: title },
    { property: "og:description", content: text },
    { property: "og:url", content: url },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: t("site.name") },
    { property: "og:locale", content: lang === "en" ? "en_GB" : "fr_FR" },
    ...imageTags(image ?? { path: "/partage.png", alt: t("share.image.alt") }, lang, origin),
  ];
}

/** A page's share image: its path on this site (/villes/nice/partage.png) and what it shows, in words. */
export type ShareImage = { path: string; alt: string };

function imageTags({ path, alt }: ShareImage, lang: string, origin: string): MetaDescriptor[] {
  const src = new URL(path, origin);
  // A preview bot has no language cookie: the address says which language to draw.
  if (lang !== DEFAULT_LANG) src.searchParams.set("lang", lang);
  const href = src.toString();
  return [
    { property: "og:image", content: href },
    { property: "og:image:type", content: "image/png" },
    { property: "og:image:width", content: "1200" },
    { property: "og:image:height", content: "630" },
    { property: "og:image:alt", content: alt },
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:image", content: href },
    { name: "twitter:image:alt", content: alt },
  ];
}

/**
 * A title as it is shown: "Erreur : " first when the page answers a failed form without
 * JavaScript (the root loader's `formFailed`, set by app/entry.server.tsx). With JavaScript,
 * the error summary adds the prefix itself (app/components/forms.tsx).
 */
export function shownTitle(matches: Match[], title: string) {
  const { t, formFailed } = rootData(matches);
  return formFailed ? `${t("errors.titlePrefix")}${title}` : title;
}

/**
 * A public page's title in the visitor's language, from the root loader's data, with its
 * description and preview tags (shareable). `noindex`: a personal or transient page.
 */
export function pageTitle(
  matches: Match[],
  key: MessageKey,
  { noindex = false, description }: { noindex?: boolean; description?: string } = {},
): MetaDescriptor[] {
  const { t } = rootData(matches);
  return shareable(matches, { title: `${t(key)} — ${t("site.name")}`, description, noindex });
}

/**
 * An organizers' page title, from the most specific part to the area:
 * "Pétition · Nice · Espace organisateurs — Technopolice". Parts are translation keys or
 * `{ text }` (a name from the loader). Organizers' pages are never indexed. After a failed form,
 * "Erreur : " first, as on public pages.
 */
export function adminTitle(matches: Match[], ...parts: (MessageKey | { text: string } | null | undefined)[]): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as { lang?: unknown } | undefined;
  const t = translator(isLang(root?.lang) ? root.lang : DEFAULT_LANG);
  const words = parts.flatMap((part) => (!part ? [] : typeof part === "string" ? [t(part)] : part.text ? [part.text] : []));
  return [{ title: shownTitle(matches, `${[...words, t("admin.title")].join(" · ")} — ${t("site.name")}`) }, { name: "robots", content: "noindex" }];
}
