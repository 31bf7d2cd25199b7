import { slugify } from "~/utils/text";
import type { Tx } from "~/utils/jobs.server";

/** A published project's stable URL segment: "nice-reconnaissance-faciale-au-lycee", suffixed by its id when taken. */
export async function uniqueProjectSlug(tx: Tx, { id, title, communeName }: { id: string; title: string; communeName: string }) {
  const base = slugify(`${communeName} ${title}`).slice(0, 80).replace(/-+$/, "") || "projet";
  const taken = await tx.report.findFirst({ where: { slug: base, id: { not: id } }, select: { id: true } });
  return taken ? `${base}-${id.slice(0, 8)}` : base;
}
