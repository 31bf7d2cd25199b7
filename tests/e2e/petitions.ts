// Petitions that a journey owns: one commune per journey and project, none shared with another
// journey (each commune has at most one open petition, and journeys run side by side).
import { db } from "~/utils/db.server";

/** A petition in the commune `slug`, replacing the commune's others (the journey owns the commune). */
export async function petitionIn(slug: string, data: { status?: "OPEN" | "CLOSED"; goal?: number; residents?: number; supporters?: number } = {}) {
  const status = data.status ?? "OPEN";
  const commune = await db().commune.findUniqueOrThrow({ where: { slug }, select: { inseeCode: true } });
  await db().petition.deleteMany({ where: { inseeCode: commune.inseeCode } });
  return db().petition.create({
    data: {
      inseeCode: commune.inseeCode,
      title: `Pétition de test ${Date.now()}`,
      body: "Texte de la pétition.",
      goal: data.goal ?? 500,
      status,
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "Test",
      openedAt: new Date(Date.now() - 3600_000),
      closedAt: status === "CLOSED" ? new Date() : null,
      tally: { create: { residents: data.residents ?? 0, supporters: data.supporters ?? 0 } },
    },
  });
}

/** A few random letters, for names and addresses that no other run uses. */
export const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);
