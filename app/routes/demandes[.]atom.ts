import type { LoaderFunctionArgs } from "@remix-run/node";
import { latestRequestsForFeed } from "~/modules/document-requests/public.server";
import { env } from "~/utils/env.server";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** Atom feed of requests for documents: where each stands and the documents obtained. */
export async function loader({ request }: LoaderFunctionArgs) {
  const lang = await getLang(request);
  const t = translator(lang);
  const base = env().PUBLIC_URL;
  const requests = await latestRequestsForFeed();
  const updated = (requests[0]?.updatedAt ?? new Date(0)).toISOString();
  const entries = requests.map((item) => {
    const url = `${base}/villes/${item.commune.slug}#demande-${item.id}`;
    const files = item.files.map((file) => `<li><a href="${base}/demandes/documents/${file.id}">${escapeXml(file.fileName)}</a></li>`).join("");
    const content = `<p>${escapeXml(t(`documentRequests.state.${item.clock.state}`))}</p><ul>${item.documents.map((document) => `<li>${escapeXml(document)}</li>`).join("")}</ul>${
      files ? `<p>${escapeXml(t("documentRequests.list.obtained"))}</p><ul>${files}</ul>` : ""
    }`;
    return `  <entry>
    <id>urn:uuid:${item.id}</id>
    <title>${escapeXml(`${item.commune.name} — ${item.template.title}${item.projectLabel ? ` : ${item.projectLabel}` : ""} (${t(`documentRequests.state.${item.clock.state}`)})`)}</title>
    <link rel="alternate" href="${escapeXml(url)}"/>
    <updated>${item.updatedAt.toISOString()}</updated>
    <content type="html">${escapeXml(content)}</content>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeXml(`${base}/demandes`)}</id>
  <title>${escapeXml(t("documentRequests.feed.title"))}</title>
  <link rel="self" href="${escapeXml(`${base}/demandes.atom`)}"/>
  <link rel="alternate" href="${escapeXml(`${base}/demandes`)}"/>
  <updated>${updated}</updated>
  <author><name>Technopolice</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
