import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicProject } from "~/modules/projects/project.server";
import { env } from "~/utils/env.server";
import { translator } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** One project's Atom feed: its publication and every dated entry of its timeline. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const result = await getPublicProject({ slug: params.slug ?? "" });
  if (!result) return new Response("Not found", { status: 404 });
  const project = result.found;
  if (!project) return new Response(null, { status: 301, headers: { Location: `/projets/${result.movedTo}/flux.atom` } });
  const lang = await getLang(request);
  const t = translator(lang);
  const base = env().PUBLIC_URL;
  const url = `${base}/projets/${project.slug}`;
  const day = (value: Date | string) => new Date(value).toISOString().slice(0, 10);
  const entries = [
    ...project.events.map((event) => ({
      id: `urn:uuid:${event.id}`,
      title: `${day(event.occurredOn)} — ${event.status ? `${t(`projects.status.${event.status}`)} : ` : ""}${event.text.slice(0, 120)}`,
      updated: new Date(event.createdAt),
      summary: event.text,
    })),
    { id: `urn:uuid:${project.id}`, title: project.title, updated: new Date(project.publishedAt ?? 0), summary: project.description.slice(0, 600) },
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeXml(url)}</id>
  <title>${escapeXml(`${project.commune.name} — ${project.title}`)}</title>
  <link rel="self" href="${escapeXml(`${url}/flux.atom`)}"/>
  <link rel="alternate" href="${escapeXml(url)}"/>
  <updated>${new Date(project.updatedAt).toISOString()}</updated>
  <author><name>Technopolice</name></author>
${entries
  .map(
    (entry) => `  <entry>
    <id>${entry.id}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" href="${escapeXml(url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
