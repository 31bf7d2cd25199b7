import { legalActionFeed } from "~/modules/legal-actions/legal-action.server";
import { env } from "~/utils/env.server";
import { escapeXml } from "~/utils/text";

const escape = escapeXml;

/** Atom feed of published legal actions and their updates. */
export async function loader() {
  const base = env().PUBLIC_URL;
  const entries = await legalActionFeed();
  const updated = (entries[0]?.date ?? new Date(0)).toISOString();
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Technopolice — recours</title>
  <id>${escape(base)}/recours</id>
  <link rel="alternate" href="${escape(base)}/recours"/>
  <link rel="self" href="${escape(base)}/recours.atom"/>
  <updated>${updated}</updated>
  <author><name>Technopolice</name></author>
${entries
  .map(
    (entry) => `  <entry>
    <title>${escape(entry.title)}</title>
    <id>${escape(base)}/recours/${entry.actionId}#${entry.id}</id>
    <link rel="alternate" href="${escape(base)}/recours/${entry.actionId}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escape(entry.text)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}
