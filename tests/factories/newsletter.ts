import { randomUUID } from "node:crypto";
import { addLegalActionUpdate, createLegalAction, publishLegalAction } from "~/modules/legal-actions/legal-action.server";
import { addOrganizer } from "~/models/organizer.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";

/** `count` confirmed subscribers at <prefix>-<n>@example.org, inserted in bulk. */
export async function confirmedSubscribers(count: number, { prefix = `s${Date.now()}`, lang = "fr" as "fr" | "en" } = {}) {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i}@example.org`);
  for (let start = 0; start < emails.length; start += 5000) {
    await db().subscriber.createMany({
      data: emails.slice(start, start + 5000).map((email) => ({
        id: randomUUID(),
        email: encrypt(email),
        emailIndex: subscriberIndexFor(email),
        lang,
        source: "page",
        status: "CONFIRMED" as const,
        confirmedAt: new Date(),
      })),
    });
  }
  return emails;
}

export async function testOrganizer() {
  const organizer = await addOrganizer({ email: `organizer-${randomUUID()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  return organizer.id;
}

/** A published legal action in Nice, with one update. */
export async function publishedLegalAction({ title = `Recours ${randomUUID().slice(0, 8)}`, inseeCodes = ["06088"] } = {}) {
  const organizerId = await testOrganizer();
  const { id } = await createLegalAction({
    organizerId,
    inseeCodes,
    input: {
      title,
      communes: "",
      project: "Vidéosurveillance algorithmique",
      reportId: undefined,
      court: "Tribunal administratif de Nice",
      filedOn: "2026-10-01",
      status: "FILED",
      summary: "Le collectif demande l'annulation de la délibération.",
      documents: "",
    },
  });
  await addLegalActionUpdate({ legalActionId: id, happenedOn: "2026-11-02", text: "Audience fixée au 3 décembre.", organizerId });
  await publishLegalAction({ id, organizerId });
  return { id, organizerId, title };
}
