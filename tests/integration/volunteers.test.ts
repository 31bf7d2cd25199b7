import { describe, expect, test } from "vitest";
import { addOrganizer } from "~/models/organizer.server";
import { volunteerIndexFor as emailIndexFor } from "~/modules/petitions/signature-index.server";
import { emailKey } from "~/models/email-message.server";
import {
  confirmVolunteer,
  getVolunteerByToken,
  keepVolunteer,
  countVolunteers,
  listVolunteers,
  markVolunteerContacted,
  signUpVolunteer,
  updateVolunteer,
  withdrawVolunteer,
} from "~/modules/volunteers/volunteer.server";
import { volunteerRetentionRules } from "~/modules/volunteers/privacy.server";
import type { VolunteerInput } from "~/modules/volunteers/schema";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { runRetention } from "~/jobs/retention.server";
import { LYON, RENNES } from "../factories/report";

const DAY = 24 * 3600_000;

function volunteer(overrides: Partial<VolunteerInput> = {}): VolunteerInput {
  return {
    name: "Sacha",
    commune: "Rennes",
    email: `sacha.${Math.random().toString(36).slice(2, 10)}@example.org`,
    skills: ["LEGAL"],
    availability: "MONTHLY",
    languages: "français",
    message: "Disponible le week-end.",
    consentContact: true,
    ...overrides,
  };
}

/** Signs up and returns the row and the token of the link in the confirmation email. */
async function signUp(input = volunteer(), inseeCode = RENNES) {
  await signUpVolunteer({ inseeCode, input, lang: "fr" });
  const row = await db().volunteer.findUniqueOrThrow({ where: { emailIndex: emailIndexFor(input.email) } });
  return { row, token: decrypt(row.tokenSealed) };
}

describe("volunteers", () => {
  test("sign up, confirm, appear in the filtered list, withdraw: gone", async () => {
    const { row, token } = await signUp(volunteer({ skills: ["TRANSLATION", "PRESS"], name: "Zéphyrine" }), LYON);
    const email = await db().emailMessage.findUniqueOrThrow({ where: { idempotencyKey: emailKey(`volunteer-confirm/${row.id}/1`) } });
    expect(decrypt(email.payload)).toContain(`/benevole/${token}`);
    // Not listed before confirming.
    expect((await listVolunteers()).map((v) => v.id)).not.toContain(row.id);
    expect(await confirmVolunteer({ token })).toEqual({ ok: true });
    expect(await confirmVolunteer({ token: "nope" })).toEqual({ ok: false, error: "unknown" });

    expect((await listVolunteers({ competence: "TRANSLATION" })).map((v) => v.name)).toContain("Zéphyrine");
    expect((await listVolunteers({ competence: "LEGAL" })).map((v) => v.id)).not.toContain(row.id);
    expect((await listVolunteers({ departement: "69" })).map((v) => v.id)).toContain(row.id);
    expect((await listVolunteers({ departement: "35" })).map((v) => v.id)).not.toContain(row.id);
    expect((await listVolunteers({ commune: "lyo" })).map((v) => v.id)).toContain(row.id);
    // The page's limit is a limit on the page only: the count (and the export) has them all.
    const all = await countVolunteers();
    expect(all).toBe((await listVolunteers()).length);
    expect(await listVolunteers({}, { limit: 1 })).toHaveLength(1);

    expect(await withdrawVolunteer({ token })).toEqual({ ok: true });
    expect(await db().volunteer.findUnique({ where: { id: row.id } })).toBeNull();
    expect(await getVolunteerByToken({ token })).toBeNull();
  });

  test("signing up again changes nothing and sends the same personal link", async () => {
    const input = volunteer();
    const { row, token } = await signUp(input);
    await signUpVolunteer({ inseeCode: LYON, input: { ...input, email: input.email.toUpperCase(), name: "Autre" }, lang: "fr" });
    expect(await db().volunteer.count({ where: { emailIndex: emailIndexFor(input.email) } })).toBe(1);
    const again = await db().emailMessage.findFirstOrThrow({ where: { idempotencyKey: { startsWith: emailKey(`volunteer-already/${row.id}/`) } } });
    expect(decrypt(again.payload)).toContain(`/benevole/${token}`);
    expect((await getVolunteerByToken({ token }))?.name).toBe("Sacha");
  });

  test("update through the link; contacted with a note (audited); nothing readable in the table", async () => {
    const mod = await addOrganizer({ email: `mod.${Date.now()}@collectif.example`, role: "ORGANIZER", addedBy: null });
    const { row, token } = await signUp(volunteer({ name: "Dominique Quelquechose", email: "dominique.q@example.net" }));
    await confirmVolunteer({ token });
    expect(await updateVolunteer({ token, inseeCode: LYON, profile: { ...volunteer(), name: "Dominique Q.", skills: ["DESIGN"] } })).toEqual({ ok: true });
    expect(await getVolunteerByToken({ token })).toMatchObject({ name: "Dominique Q.", skills: ["DESIGN"], commune: { inseeCode: LYON } });
    expect(await markVolunteerContacted({ volunteerId: row.id, note: "Appel le 3 mars", organizerId: mod.id })).toEqual({ ok: true });
    const [listed] = (await listVolunteers({ commune: "Lyon" })).filter((v) => v.id === row.id);
    expect(listed).toMatchObject({ contactNote: "Appel le 3 mars" });
    expect(listed.contactedAt).not.toBeNull();
    expect(await db().auditEntry.count({ where: { subjectId: row.id, action: "volunteer.contact" } })).toBe(1);
    const dump = JSON.stringify(await db().$queryRaw`SELECT * FROM volunteer WHERE id = ${row.id}::uuid`);
    for (const clear of ["Dominique", "dominique.q", "example.net", "Appel le 3 mars", "week-end"]) expect(dump).not.toContain(clear);
  });
});

describe("volunteer retention", () => {
  const [unconfirmedRule, unansweredRule, askRule] = volunteerRetentionRules;

  test("unconfirmed after 7 days: deleted; younger or confirmed: kept", async () => {
    const old = await signUp();
    const young = await signUp();
    const confirmed = await signUp();
    await confirmVolunteer({ token: confirmed.token });
    await db().volunteer.updateMany({ where: { id: { in: [old.row.id, confirmed.row.id] } }, data: { createdAt: new Date(Date.now() - 8 * DAY) } });
    expect(await unconfirmedRule.run(new Date())).toBeGreaterThanOrEqual(1);
    expect(await db().volunteer.findUnique({ where: { id: old.row.id } })).toBeNull();
    expect(await db().volunteer.findUnique({ where: { id: young.row.id } })).not.toBeNull();
    expect(await db().volunteer.findUnique({ where: { id: confirmed.row.id } })).not.toBeNull();
  });

  test("24 months without contact or update: asked once whether to stay; deleted 30 days later without an answer", async () => {
    const silent = await signUp();
    const answers = await signUp();
    const active = await signUp();
    for (const v of [silent, answers, active]) await confirmVolunteer({ token: v.token });
    const longAgo = new Date(Date.now() - 731 * DAY);
    await db().volunteer.updateMany({ where: { id: { in: [silent.row.id, answers.row.id] } }, data: { lastActiveAt: longAgo } });

    const now = new Date();
    expect(await askRule.run(now)).toBeGreaterThanOrEqual(2);
    expect(await askRule.run(now)).toBe(0); // asked once, not every night
    expect(await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`volunteer-stay/${silent.row.id}/`) } } })).toBe(1);
    expect((await db().volunteer.findUniqueOrThrow({ where: { id: active.row.id } })).stayAskedAt).toBeNull();

    // One answers "stay" through their link; the other stays silent.
    expect(await keepVolunteer({ token: answers.token })).toEqual({ ok: true });
    const in29Days = new Date(now.getTime() + 29 * DAY);
    const in31Days = new Date(now.getTime() + 31 * DAY);
    expect(await unansweredRule.run(in29Days)).toBe(0);
    await unansweredRule.run(in31Days);
    expect(await db().volunteer.findUnique({ where: { id: silent.row.id } })).toBeNull();
    expect(await db().volunteer.findUnique({ where: { id: answers.row.id } })).not.toBeNull();
    expect(await db().volunteer.findUnique({ where: { id: active.row.id } })).not.toBeNull();
  });

  test("the rules are registered with the nightly retention job", async () => {
    const results = await runRetention();
    expect(results.map((r) => r.name)).toEqual(expect.arrayContaining(volunteerRetentionRules.map((rule) => rule.name)));
  });
});
