// Demo data for local groups (issue 25): three published groups — Marseille (the commune), Nice
// (the commune) and Paris (department 75) — with their presentations, a few dozen confirmed
// members each (fictitious addresses at example domains), a pending request to start a group in
// Lyon, and two coordinator accounts (see the README): coordination.marseille@technopolice.example
// coordinates Marseille, coordination.nice@technopolice.example coordinates Nice.
// Idempotent: nothing is added once the groups exist. Without encryption keys (the browser tests'
// seed), the groups and their territories only.
import { randomUUID } from "node:crypto";
import { addOrganizer } from "~/models/organizer.server";
import { memberIndexFor } from "~/modules/groups/membership.server";
import { groupRequestIndexFor } from "~/modules/groups/request.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { hashToken, newToken } from "~/utils/tokens.server";

export const DEMO_MARSEILLE_COORDINATOR = "coordination.marseille@technopolice.example";
export const DEMO_NICE_COORDINATOR = "coordination.nice@technopolice.example";

const DAY = 24 * 3600_000;

export const DEMO_GROUPS = [
  {
    slug: "marseille",
    name: "Technopolice Marseille",
    territory: { inseeCode: "13055" },
    members: 48,
    coordinator: DEMO_MARSEILLE_COORDINATOR,
    presentation: [
      "Depuis 2019, nous documentons la «\u00a0safe city\u00a0» marseillaise\u00a0: l’Observatoire de la tranquillité publique, les caméras «\u00a0intelligentes\u00a0» et les projets de vidéosurveillance algorithmique votés sans débat.",
      "Nous organisons des cartoparties pour recenser les caméras quartier par quartier, des ateliers d’autodéfense numérique et des réunions publiques. Nous suivons les conseils municipaux et demandons les documents que la ville ne publie pas.",
      "Rejoignez-nous\u00a0: aucune compétence technique n’est nécessaire, seulement l’envie de comprendre et d’agir.",
    ].join("\n\n"),
  },
  {
    slug: "nice",
    name: "Technopolice Nice",
    territory: { inseeCode: "06088" },
    members: 31,
    coordinator: DEMO_NICE_COORDINATOR,
    presentation: [
      "Nice se veut la vitrine de la surveillance électronique\u00a0: des milliers de caméras, un centre de supervision urbain, des expérimentations de reconnaissance faciale.",
      "Le groupe niçois porte la pétition au maire, accompagne la plainte collective devant la CNIL et tient à jour la carte des dispositifs de la ville.",
    ].join("\n\n"),
  },
  {
    slug: "paris",
    name: "Technopolice Paris",
    territory: { departmentCode: "75" },
    members: 57,
    coordinator: null,
    presentation: [
      "Jeux olympiques, vidéosurveillance algorithmique «\u00a0expérimentale\u00a0», drones\u00a0: Paris est devenue un terrain d’essai.",
      "Nous nous retrouvons une fois par mois pour une réunion ouverte, et organisons des projections-débats et des cartoparties dans les arrondissements.",
    ].join("\n\n"),
  },
] as const;

const FIRST = ["camille", "lea", "hugo", "ines", "lucas", "manon", "yanis", "chloe", "nathan", "sarah", "karim", "julie", "theo", "amina", "louis", "zoe"];
const DOMAINS = ["example.org", "example.net", "example.com"];

export async function seedGroups() {
  if ((await db().localGroup.count({ where: { slug: { in: DEMO_GROUPS.map((group) => group.slug) } } })) > 0) return;
  const now = Date.now();
  const withKeys = Boolean(process.env.DATA_ENCRYPTION_KEYS);
  for (const demo of DEMO_GROUPS) {
    if ("inseeCode" in demo.territory && (await db().commune.count({ where: { inseeCode: demo.territory.inseeCode } })) === 0) continue;
    const group = await db().localGroup.create({
      data: {
        slug: demo.slug,
        name: demo.name,
        presentation: demo.presentation,
        publishedAt: new Date(now - 60 * DAY),
        createdAt: new Date(now - 60 * DAY),
        territories: { create: demo.territory },
      },
      select: { id: true },
    });
    if (!withKeys) continue;
    await db().groupMember.createMany({
      data: Array.from({ length: demo.members }, (_, index) => {
        const email = `${FIRST[index % FIRST.length]}.${demo.slug}.${index}@${DOMAINS[index % DOMAINS.length]}`;
        const token = newToken();
        const joinedAt = new Date(now - ((index % 50) + 1) * DAY);
        return {
          id: randomUUID(),
          groupId: group.id,
          email: encrypt(email),
          emailIndex: memberIndexFor(email),
          lang: index % 9 === 0 ? ("en" as const) : ("fr" as const),
          wantsEvents: true,
          wantsAnnouncements: index % 4 !== 0,
          tokenHash: hashToken(token),
          tokenSealed: encrypt(token),
          createdAt: joinedAt,
          confirmedAt: new Date(joinedAt.getTime() + 3_600_000),
        };
      }),
    });
    if (demo.coordinator) {
      const { id } = await addOrganizer({ email: demo.coordinator, role: "COORDINATOR", addedBy: null });
      await db().groupCoordinator.create({ data: { groupId: group.id, organizerId: id } });
    }
  }
  if (!withKeys) return;
  // A confirmed request to start a group in Lyon, waiting for the national team.
  if ((await db().commune.count({ where: { inseeCode: "69123" } })) === 1) {
    const email = "lyon.demande@example.org";
    await db().groupRequest.create({
      data: {
        inseeCode: "69123",
        name: encrypt("Alex Martin"),
        email: encrypt(email),
        emailIndex: groupRequestIndexFor(email),
        message: encrypt(
          "Nous sommes quelques-uns à suivre les projets de caméras «\u00a0augmentées\u00a0» de la Métropole. Nous aimerions organiser une première cartopartie à la Guillotière et une réunion publique.",
        ),
        lang: "fr",
        tokenHash: hashToken(newToken()),
        confirmedAt: new Date(now - 2 * DAY),
        createdAt: new Date(now - 2 * DAY - 3_600_000),
      },
    });
  }
}
