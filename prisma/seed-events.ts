// Demo data for events (issue 25): upcoming and past dates of the Marseille, Nice and Paris groups
// and a national online meeting, with registrations of fictitious people (example domains, a few
// showing their name). The Marseille camera-spotting walk is full (12 seats) with a waiting list.
// Runs after seed-groups; the three groups are upserted by slug (update {}), so this file does not
// depend on it. Idempotent: events by slug, registrations only for an event that has none.
// Without encryption keys (the browser tests' seed), the events alone.
import { randomUUID } from "node:crypto";
import type { EventKind } from "~/generated/prisma/client";
import { registrationIndexFor } from "~/modules/events/registration.server";
import { encrypt } from "~/utils/crypto.server";
import { parisDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { parisInstant } from "~/utils/paris-time";
import { hashToken, newToken } from "~/utils/tokens.server";

export const DEMO_WALK_SLUG = "cartopartie-cameras-marseille";
export const DEMO_WALK_CAPACITY = 12;
export const DEMO_WALK_WAITING = 3;

const DAY = 24 * 3600_000;

const GROUPS = [
  {
    slug: "marseille",
    name: "Technopolice Marseille",
    inseeCode: "13055",
    presentation: "Le groupe marseillais de la campagne : cartoparties, ateliers, suivi des caméras « intelligentes » de la ville.",
  },
  {
    slug: "nice",
    name: "Technopolice Nice",
    inseeCode: "06088",
    presentation: "Le groupe niçois : réunions publiques et recours contre la vidéosurveillance algorithmique.",
  },
  {
    slug: "paris",
    name: "Technopolice Paris",
    inseeCode: "75056",
    presentation: "Le groupe parisien : projections, débats et veille sur la surveillance des Jeux et d’après.",
  },
];

const FIRST = [
  "Camille",
  "Léa",
  "Hugo",
  "Inès",
  "Lucas",
  "Manon",
  "Yanis",
  "Chloé",
  "Nathan",
  "Sarah",
  "Karim",
  "Julie",
  "Théo",
  "Amina",
  "Louis",
  "Zoé",
  "Malik",
  "Rose",
];

type DemoEvent = {
  slug: string;
  group: string | null;
  inseeCode: string | null;
  kind: EventKind;
  title: string;
  description: string;
  /** Days from today (Paris), and the Paris start time. */
  inDays: number;
  at: string;
  hours: number;
  address: string | null;
  onlineUrl?: string;
  capacity: number | null;
  confirmed: number;
  waiting: number;
};

const EVENTS: DemoEvent[] = [
  {
    slug: DEMO_WALK_SLUG,
    group: "marseille",
    inseeCode: "13055",
    kind: "CAMERA_WALK",
    title: "Cartopartie : repérer les caméras du centre-ville",
    description:
      "Une balade de deux heures pour repérer et photographier les caméras de vidéosurveillance du centre de Marseille, et les ajouter à la carte de la campagne.\n\nPrévoir de bonnes chaussures et un téléphone chargé. Ouvert à toutes et à tous, aucune connaissance technique nécessaire.",
    inDays: 9,
    at: "14:30",
    hours: 2,
    address: "Départ devant la sortie du métro Noailles",
    capacity: DEMO_WALK_CAPACITY,
    confirmed: DEMO_WALK_CAPACITY,
    waiting: DEMO_WALK_WAITING,
  },
  {
    slug: "reunion-publique-nice-vsa",
    group: "nice",
    inseeCode: "06088",
    kind: "PUBLIC_MEETING",
    title: "Réunion publique : la vidéosurveillance algorithmique à Nice",
    description: "Où en est le déploiement des caméras « intelligentes » à Nice ? Présentation de la plainte collective, puis discussion.",
    inDays: 14,
    at: "19:00",
    hours: 2,
    address: "Maison des associations, place Garibaldi",
    capacity: null,
    confirmed: 6,
    waiting: 0,
  },
  {
    slug: "projection-debat-paris",
    group: "paris",
    inseeCode: "75056",
    kind: "SCREENING",
    title: "Projection-débat : la surveillance après les Jeux",
    description: "Projection d’un documentaire sur la surveillance de l’espace public, suivie d’un débat avec des membres de la campagne.",
    inDays: 20,
    at: "20:00",
    hours: 2.5,
    address: "Salle associative, 12 rue de la Fontaine-au-Roi",
    capacity: 80,
    confirmed: 4,
    waiting: 0,
  },
  {
    slug: "reunion-nationale-en-ligne",
    group: null,
    inseeCode: null,
    kind: "ONLINE_MEETING",
    title: "Réunion nationale des groupes locaux",
    description: "Le point mensuel de la campagne : nouvelles des groupes, recours en cours, prochaines dates. Le lien est envoyé aux personnes inscrites.",
    inDays: 5,
    at: "20:30",
    hours: 1.5,
    address: null,
    onlineUrl: "https://visio.technopolice.example/reunion-nationale",
    capacity: null,
    confirmed: 5,
    waiting: 0,
  },
  {
    slug: "atelier-marseille-demandes-documents",
    group: "marseille",
    inseeCode: "13055",
    kind: "WORKSHOP",
    title: "Atelier : demander les documents de la mairie",
    description: "Comment rédiger une demande de documents administratifs (CADA) sur les marchés de vidéosurveillance.",
    inDays: -12,
    at: "18:30",
    hours: 2,
    address: "Local associatif, cours Julien",
    capacity: 20,
    confirmed: 8,
    waiting: 0,
  },
  {
    slug: "cartopartie-nice-port",
    group: "nice",
    inseeCode: "06088",
    kind: "CAMERA_WALK",
    title: "Cartopartie du port",
    description: "Repérage des caméras autour du port de Nice.",
    inDays: -60,
    at: "10:00",
    hours: 2,
    address: "Place Île-de-Beauté",
    capacity: 15,
    confirmed: 9,
    waiting: 0,
  },
];

async function upsertGroups() {
  const ids = new Map<string, string>();
  for (const group of GROUPS) {
    const row = await db().localGroup.upsert({
      where: { slug: group.slug },
      update: {},
      create: {
        slug: group.slug,
        name: group.name,
        presentation: group.presentation,
        publishedAt: new Date(),
        territories: { create: { inseeCode: group.inseeCode } },
      },
      select: { id: true },
    });
    ids.set(group.slug, row.id);
  }
  return ids;
}

export async function seedEvents() {
  const groups = await upsertGroups();
  const now = new Date();
  const today = parisDay(now);
  for (const demo of EVENTS) {
    const day = parisDay(new Date(Date.parse(`${today}T12:00:00Z`) + demo.inDays * DAY));
    const startsAt = parisInstant(day, demo.at)!;
    const endsAt = new Date(startsAt.getTime() + demo.hours * 3600_000);
    const event = await db().event.upsert({
      where: { slug: demo.slug },
      update: {},
      create: {
        slug: demo.slug,
        groupId: demo.group ? groups.get(demo.group)! : null,
        inseeCode: demo.inseeCode,
        kind: demo.kind,
        title: demo.title,
        description: demo.description,
        startsAt,
        endsAt,
        address: demo.address,
        onlineUrl: demo.onlineUrl ?? null,
        capacity: demo.capacity,
        registration: true,
        publishedAt: new Date(Math.min(now.getTime(), startsAt.getTime() - 20 * DAY)),
        createdAt: new Date(Math.min(now.getTime(), startsAt.getTime() - 20 * DAY)),
      },
      select: { id: true },
    });
    // Encrypted rows need the keys: without them (the browser tests' seed), the events alone.
    if (!process.env.DATA_ENCRYPTION_KEYS) continue;
    if ((await db().eventRegistration.count({ where: { eventId: event.id } })) > 0) continue;
    const past = endsAt.getTime() < now.getTime() - 30 * DAY;
    const total = demo.confirmed + demo.waiting;
    const base = Math.min(now.getTime(), startsAt.getTime()) - 10 * DAY;
    await db().eventRegistration.createMany({
      data: Array.from({ length: total }, (_, index) => {
        const email = `${demo.slug.slice(0, 12)}.${index}@example.org`;
        const name = FIRST[(index * 5 + demo.inDays + 60) % FIRST.length];
        const confirmedAt = new Date(base + index * 3_600_000);
        const waiting = index >= demo.confirmed;
        const token = newToken();
        return {
          id: randomUUID(),
          eventId: event.id,
          // Past the retention period, only the count remains (privacy.server.ts).
          name: past ? null : encrypt(name),
          email: past ? null : encrypt(email),
          emailIndex: past ? null : registrationIndexFor(email),
          showName: !past && index % 4 === 0,
          lang: index % 7 === 3 ? ("en" as const) : ("fr" as const),
          status: waiting ? ("WAITING" as const) : ("CONFIRMED" as const),
          tokenHash: hashToken(token),
          tokenSealed: past ? null : encrypt(token),
          createdAt: new Date(confirmedAt.getTime() - 600_000),
          confirmedAt,
          waitingSince: waiting ? confirmedAt : null,
          remindedAt: startsAt < now ? new Date(startsAt.getTime() - DAY) : null,
          erasedAt: past ? new Date(endsAt.getTime() + 30 * DAY) : null,
        };
      }),
    });
  }
}
