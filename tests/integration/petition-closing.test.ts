import { describe, expect, test } from "vitest";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { updatePetition } from "~/modules/petitions/admin.server";
import { addOrganizer } from "~/models/organizer.server";
import { tallySignatures } from "~/modules/petitions/tally.server";
import { closeDuePetitions } from "~/modules/petitions/closing.server";
import { GRACE_PERIOD_HOURS } from "~/modules/petitions/closing";
import { PetitionSchema } from "~/modules/petitions/admin-schema";
import { db } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { openPetition, signer } from "../factories/petition";

const HOUR = 3600_000;
const sign = (petitionId: string) => signPetition({ petitionId, input: signer(), ipHash: "test-ip", lang: "fr" });

/** A pending signature with a known token, made at `createdAt`. */
async function pendingSignature(petitionId: string, createdAt?: Date) {
  await sign(petitionId);
  const signature = await db().signature.findFirstOrThrow({ where: { petitionId }, orderBy: { createdAt: "desc" } });
  const token = `token-${signature.id}`;
  await db().signature.update({ where: { id: signature.id }, data: { tokenHash: hashToken(token), ...(createdAt ? { createdAt } : {}) } });
  return { id: signature.id, token };
}

describe("closing on a date (issue 28)", () => {
  test("the scheduled job closes a due petition exactly once, even run by two workers at once", async () => {
    const due = await openPetition({ inseeCode: "06088" });
    const later = await openPetition({ inseeCode: "13055" });
    const undated = await openPetition({ inseeCode: "31555" });
    const closesAt = new Date(Date.now() - 5_000);
    await db().petition.update({ where: { id: due.id }, data: { closesAt } });
    await db().petition.update({ where: { id: later.id }, data: { closesAt: new Date(Date.now() + HOUR) } });

    const runs = await Promise.all([closeDuePetitions(), closeDuePetitions(), closeDuePetitions()]);
    expect(runs.flat().filter((id) => id === due.id)).toHaveLength(1);
    expect(await db().petition.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: "CLOSED", closedAt: closesAt });
    expect((await db().petition.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("OPEN");
    expect((await db().petition.findUniqueOrThrow({ where: { id: undated.id } })).status).toBe("OPEN");
    expect(await db().auditEntry.count({ where: { subjectId: due.id, action: "petition.close.scheduled" } })).toBe(1);
    expect(await closeDuePetitions()).not.toContain(due.id);
  });

  test("past its date, a petition takes no new signature, even before the job has run", async () => {
    const petition = await openPetition();
    await db().petition.update({ where: { id: petition.id }, data: { closesAt: new Date(Date.now() - 1_000) } });
    expect(await sign(petition.id)).toMatchObject({ ok: false, error: "closed" });
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(0);
  });

  test("a pending signature whose petition closes 10 s later can still be confirmed, and counts", async () => {
    const petition = await openPetition();
    const { token } = await pendingSignature(petition.id, new Date(Date.now() - 10_000));
    await db().petition.update({ where: { id: petition.id }, data: { closesAt: new Date() } });
    await closeDuePetitions();
    expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).status).toBe("CLOSED");
    expect(await confirmSignature({ token })).toMatchObject({ ok: true });
    while ((await tallySignatures()) > 0);
    expect(await db().petitionTally.findUnique({ where: { petitionId: petition.id } })).toMatchObject({ residents: 1 });
  });

  test("the grace period's boundaries: just inside confirms, just outside does not; a signature made after closing never", async () => {
    const petition = await openPetition();
    const grace = GRACE_PERIOD_HOURS * HOUR;
    const inside = await pendingSignature(petition.id, new Date(Date.now() - grace));
    const outside = await pendingSignature(petition.id, new Date(Date.now() - grace));
    const after = await pendingSignature(petition.id);
    const closeAt = async (closedAt: Date) => db().petition.update({ where: { id: petition.id }, data: { status: "CLOSED", closedAt } });

    // Closed 24 h minus 30 s ago: still within the grace period.
    await closeAt(new Date(Date.now() - grace + 30_000));
    expect(await confirmSignature({ token: inside.token })).toMatchObject({ ok: true });
    // Made after closing: refused.
    expect(await confirmSignature({ token: after.token })).toMatchObject({ ok: false, error: "closed" });
    // Closed 24 h and 30 s ago: too late.
    await db().signature.update({ where: { id: outside.id }, data: { createdAt: new Date(Date.now() - grace - 60_000) } });
    await closeAt(new Date(Date.now() - grace - 30_000));
    expect(await confirmSignature({ token: outside.token })).toMatchObject({ ok: false, error: "closed" });
    // Delivered: the count is the mayor's, even within the grace period.
    const late = await pendingSignature((await openPetition({ inseeCode: "13055" })).id, new Date(Date.now() - 60_000));
    await db().petition.updateMany({ where: { inseeCode: "13055", status: "OPEN" }, data: { status: "DELIVERED", closedAt: new Date() } });
    expect(await confirmSignature({ token: late.token })).toMatchObject({ ok: false, error: "closed" });
  });

  test("organizers set and clear the date where they edit the petition; a bad date gets its message", async () => {
    const petition = await openPetition();
    const organizer = await addOrganizer({ email: `orga-${Math.random().toString(36).slice(2)}@collectif.example`, role: "ORGANIZER", addedBy: null });
    const form = { intent: "save", title: "Titre", body: "Texte", goal: "100", mayorTitle: "MONSIEUR_LE_MAIRE", mayorName: "Test" };
    const saved = PetitionSchema.parse({ ...form, closesAt: "2030-03-01T18:00" });
    await updatePetition({ id: petition.id, input: saved, organizerId: organizer.id });
    expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).closesAt).toEqual(new Date("2030-03-01T18:00:00Z"));
    const audit = await db().auditEntry.findFirstOrThrow({ where: { subjectId: petition.id, action: "petition.edit" }, orderBy: { createdAt: "desc" } });
    expect(audit.details).toMatchObject({ changed: expect.arrayContaining(["closesAt"]) });
    await updatePetition({ id: petition.id, input: PetitionSchema.parse(form), organizerId: organizer.id });
    expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).closesAt).toBeNull();
    const bad = PetitionSchema.safeParse({ ...form, closesAt: "2030-13-45T18:00" });
    expect(bad.success ? [] : bad.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["closesAt", "errors.petitionAdmin.closesAt"]]);
  });
});
