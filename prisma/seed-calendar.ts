// Demo dates from the campaign itself (issue 25), entered as organizers enter them: a planned
// hand-in of Toulouse's petition (its admin page) and a council session in Marseille
// (/admin/agenda/seance); both become public events of /agenda, of the commune's page and feeds.
// The groups' own events are the events module's seed. Idempotent: only what is missing.
import { toParisLocal } from "~/utils/paris-time";
import { publishCouncilSession, setPetitionHandIn } from "~/modules/calendar/campaign-dates.server";
import { db } from "~/utils/db.server";

const DAY = 24 * 3600_000;

/** A Paris wall-clock minute `days` from now at `hour`:00. */
const daysAhead = (days: number, hour: number) => `${toParisLocal(new Date(Date.now() + days * DAY)).slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;

export async function seedCalendar() {
  const toulouse = await db().petition.findFirst({ where: { inseeCode: "31555", status: "OPEN" }, select: { id: true, handInAt: true } });
  if (toulouse && !toulouse.handInAt) {
    await setPetitionHandIn({ petitionId: toulouse.id, handInAt: daysAhead(24, 11), handInPlace: "Capitole, place du Capitole", organizerId: null });
  }
  const marseille = await db().commune.findUnique({ where: { inseeCode: "13055" }, select: { inseeCode: true, name: true, slug: true } });
  const sessions = await db().event.count({ where: { kind: "COUNCIL_SESSION", inseeCode: "13055", endsAt: { gte: new Date() } } });
  if (marseille && sessions === 0) {
    await publishCouncilSession({
      organizerId: null,
      commune: marseille,
      input: {
        commune: marseille.name,
        startsAt: daysAhead(17, 9),
        place: "Hôtel de ville, quai du Port",
        description:
          "Le conseil municipal doit voter le renouvellement du contrat de l’«\u00a0Observatoire de la tranquillité publique\u00a0» et l’extension de la vidéosurveillance algorithmique. La séance est publique\u00a0: venez occuper les places du public.",
      },
    });
  }
}
