// Demo data on top of the commune directory: an open petition in each featured city.
// Idempotent: run at every `npm run demo`, it only adds what is missing.
import { db, disconnectDb } from "~/utils/db.server";
import { seedProjects } from "./seed-projects";

const DEMO_PETITIONS = [
  { inseeCode: "06088", mayorTitle: "MONSIEUR_LE_MAIRE", goal: 5000 },
  { inseeCode: "13055", mayorTitle: "MONSIEUR_LE_MAIRE", goal: 10000 },
  { inseeCode: "75056", mayorTitle: "MONSIEUR_LE_MAIRE", goal: 20000 },
  { inseeCode: "31555", mayorTitle: "MONSIEUR_LE_MAIRE", goal: 5000 },
  { inseeCode: "42218", mayorTitle: "MONSIEUR_LE_MAIRE", goal: 3000 },
] as const;

const BODY = (city: string) =>
  [
    `Nous, habitantes et habitants de ${city} et soutiens de la campagne Technopolice, vous demandons de renoncer à tout dispositif de vidéosurveillance algorithmique, de reconnaissance faciale, de drones de surveillance et de «\u00a0police prédictive\u00a0» dans notre commune.`,
    "Ces technologies traitent chaque passant comme un suspect, ont été déployées sans débat public et n’ont jamais démontré leur efficacité. Nous demandons la publication des contrats passés avec les industriels et l’ouverture d’un débat en conseil municipal avant toute nouvelle décision.",
  ].join("\n\n");

for (const demo of DEMO_PETITIONS) {
  const commune = await db().commune.findUnique({ where: { inseeCode: demo.inseeCode }, select: { name: true } });
  if (!commune) continue;
  const existing = await db().petition.count({ where: { inseeCode: demo.inseeCode } });
  if (existing > 0) continue;
  await db().petition.create({
    data: {
      inseeCode: demo.inseeCode,
      title: `${commune.name}\u00a0: non à la surveillance automatisée de l’espace public`,
      body: BODY(commune.name),
      goal: demo.goal,
      status: "OPEN",
      mayorTitle: demo.mayorTitle,
      // Demo data: organizers enter the mayor's name themselves (mayors change).
      mayorName: "(nom à renseigner)",
      openedAt: new Date(),
    },
  });
}
await seedProjects(); // issue 15: demo projects, companies and bodies
if (process.env.SEED_DEMO_LIFE === "true") await (await import("./seed-demo-life")).seedDemoLife();
await (await import("./seed-document-requests")).seedDocumentRequests();
await (await import("./seed-mandate-filing")).seedMandateFiling(); // issue 26: a filed mandate campaign
await (await import("./seed-mandates")).seedMandates(); // issue 26: an open mandate campaign in Nice
await (await import("./seed-groups")).seedGroups(); // issue 25: local groups in Marseille, Nice and Paris, their members and coordinators
await (await import("./seed-events")).seedEvents(); // issue 25: the groups' events (after seed-groups)
await (await import("./seed-calendar")).seedCalendar(); // issue 25: a planned hand-in and a council session
await disconnectDb();
console.log("Demo petitions ready.");
