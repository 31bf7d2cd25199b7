import { createCookie } from "@remix-run/node";
import { env } from "./env.server";
import { DEFAULT_LANG, isLang, langInAddress, type Lang } from "./i18n";

/** The visitor's language choice; not personal data, so not signed. */
export const langCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** The Set-Cookie of a language choice: Secure wherever the session cookie is (production, or an https site). */
export function serializeLangCookie(lang: Lang) {
  const { NODE_ENV, PUBLIC_URL } = env();
  return langCookie.serialize(lang, { secure: NODE_ENV === "production" || PUBLIC_URL.startsWith("https:") });
}

/** "en-GB,en;q=0.9,fr;q=0.8" gives "en"; anything without fr or en gives French. */
export function langFromAcceptLanguage(header: string | null): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLang) ?? DEFAULT_LANG;
}

export async function getLang(request: Request): Promise<Lang> {
  return langFromHeaders(request.headers.get("Cookie"), request.headers.get("Accept-Language"), request.url);
}

/** A same-site path without its `?lang=`: after a choice, the cookie speaks (the language switch). */
export function withoutLangParam(path: string) {
  const [pathname, query] = path.split("?", 2);
  if (query === undefined) return path;
  const params = new URLSearchParams(query);
  params.delete("lang");
  const rest = params.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}

/** Accept-Language headers seen, and their language: browsers send a few dozen different ones. */
const byHeader = new Map<string, Lang>();

/** The address's language, else Accept-Language's: a visitor who has not chosen (no cookie). */
export function langWithoutChoice(acceptLanguage: string | null | undefined, url?: string): Lang {
  const inUrl = langInAddress(url);
  if (inUrl) return inUrl;
  if (!acceptLanguage) return DEFAULT_LANG;
  let lang = byHeader.get(acceptLanguage);
  if (!lang) {
    lang = langFromAcceptLanguage(acceptLanguage);
    if (byHeader.size < 256 && acceptLanguage.length <= 256) byHeader.set(acceptLanguage, lang);
  }
  return lang;
}

/** The address's language, else the choice if one was made, else Accept-Language's. */
export async function langFromHeaders(cookie: string | null | undefined, acceptLanguage: string | null | undefined, url?: string): Promise<Lang> {
  if (!cookie) return langWithoutChoice(acceptLanguage, url);
  const inUrl = langInAddress(url);
  if (inUrl) return inUrl;
  const chosen = await langCookie.parse(cookie);
  if (isLang(chosen)) return chosen;
  return langFromAcceptLanguage(acceptLanguage ?? null);
}
