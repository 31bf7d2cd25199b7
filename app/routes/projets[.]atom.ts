import type { LoaderFunctionArgs } from "@remix-run/node";
import { latestPublishedProjects } from "~/modules/projects/report.server";
import { env } from "~/utils/env.server";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { escapeXml } from "~/utils/text";

/** Atom feed of newly published surveillance projects. */
export async function loader({ request }: LoaderFunctionArgs) {
  const lang = await getLang(request);
  const t = translator(lang);
  const base = env().PUBLIC_URL;
  const projects = await latestPublishedProjects();
  const updated = (projects[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = projects.map((project) => {
    const url = project.slug ? `${base}/projets/${project.slug}` : `${base}/villes/${project.commune.slug}#projet-${project.id}`;
    const summary = project.description.length > 600 ? `${project.description.slice(0, 600)}…` : project.description;
    return `  <entry>
    <id>urn:uuid:${project.id}</id>
    <title>${escapeXml(`${project.commune.name} — ${project.title}`)}</title>
    <link rel="alternate" href="${escapeXml(url)}"/>
    <updated>${(project.publishedAt ?? new Date(0)).toISOString()}</updated>
    <category term="${project.kind}" label="${escapeXml(t(`reports.kind.${project.kind}`))}"/>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeXml(`${base}/projets`)}</id>
  <title>${escapeXml(t("reports.feed.title"))}</title>
  <link rel="self" href="${escapeXml(`${base}/projets.atom`)}"/>
  <link rel="alternate" href="${escapeXml(`${base}/projets`)}"/>
  <updated>${updated}</updated>
  <author><name>Technopolice</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
