import type { MetaDescriptor } from "@remix-run/node";
import type { MessageKey } from "~/locales/fr";
import { DEFAULT_LANG, isLang, translator } from "./i18n";

type Match = { id: string; data: unknown };

function rootData(matches: Match[]) {
  const root = matches.find((match) => match.id === "root")?.data as { lang?: unknown; formFailed?: unknown } | undefined;
  return { t: translator(isLang(root?.lang) ? root.lang : DEFAULT_LANG), formFailed: root?.formFailed === true };
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

/** A page title in the visitor's language, from the root loader's data. */
export function pageTitle(matches: Match[], key: MessageKey, extra: MetaDescriptor[] = []): MetaDescriptor[] {
  const { t } = rootData(matches);
  return [{ title: shownTitle(matches, `${t(key)} — ${t("site.name")}`) }, ...extra];
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
