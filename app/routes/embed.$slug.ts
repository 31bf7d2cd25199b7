import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCommuneBySlug } from "~/models/commune.server";
import { getPetitionForCommune } from "~/modules/petitions/petition.server";
import { petitionIs } from "~/modules/petitions/states";
import { env } from "~/utils/env.server";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An embeddable counter: a tiny self-contained page (no script, no external asset) that other
 * sites may put in an iframe. The only route whose frame-ancestors allows other sites.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await getCommuneBySlug({ slug: params.slug ?? "" });
  const petition = commune ? await getPetitionForCommune({ inseeCode: commune.inseeCode }) : null;
  if (!commune || !petition) return new Response("Not found", { status: 404 });
  const lang = await getLang(request);
  const t = translator(lang);
  const percent = Math.min(100, Math.round((petition.count / Math.max(1, petition.goal)) * 100));
  const url = `${env().PUBLIC_URL}/villes/${commune.slug}`;
  // Closed: the final count, without a goal or a bar (issue 28).
  const counter = petitionIs(petition.status, "collecting")
    ? `<b>${escape(t("petition.count", { count: petition.count }))}</b><div class="bar"><i></i></div>${escape(t("petition.goal", { goal: petition.goal }))} · <a href="${escape(url)}" target="_top">${escape(t("petition.embed.sign"))}</a>`
    : `<b>${escape(t("petition.finalCount", { count: petition.count }))}</b><br><a href="${escape(url)}" target="_top">${escape(t("petition.embed.read"))}</a>`;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(petition.title)}</title><style>body{margin:0;font:15px/1.4 system-ui,sans-serif;color:#16161d;background:#fff}a{color:#a3161a}div{padding:10px 12px;border:1px solid #d9d6cf;border-radius:6px}b{font-size:1.3em}.bar{height:8px;background:#eee;border-radius:4px;margin:6px 0}.bar i{display:block;height:8px;background:#a3161a;border-radius:4px;width:${percent}%}</style></head><body><div><a href="${escape(url)}" target="_top">${escape(petition.title)}</a><br>${counter}</div></body></html>`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, max-age=10",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'",
      Vary: "Accept-Language, Cookie",
    },
  });
}
