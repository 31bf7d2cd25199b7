import { describe, expect, test } from "vitest";
import { RETENTION_RULES } from "~/jobs/retention.server";
import { emailKey } from "~/models/email-message.server";
import { collectData, deleteData } from "~/modules/my-data/data.server";
import {
  confirmPetitionRequest,
  countPetitionRequests,
  getPetitionRequestByToken,
  listPetitionRequestCounts,
  listPetitionRequests,
  petitionRequestIndexFor,
  requestPetition,
} from "~/modules/petition-requests/request.server";
import { petitionRequestRetentionRules } from "~/modules/petition-requests/privacy.server";
import { PRIVACY_ENTRIES } from "~/models/privacy-policy.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { openPetition } from "../factories/petition";

const DAY = 24 * 3600_000;
const BORDEAUX = "33063";
const LILLE = "59350";
const GRENOBLE = "38185";
const STRASBOURG = "67482";
const address = () => `habitant.${Math.random().toString(36).slice(2, 10)}@example.org`;

/** Asks, and returns the token of the link in the confirmation email (read back from the queued email). */
async function ask(inseeCode: string, email = address(), message = "") {
  const result = await requestPetition({ inseeCode, input: { email, message, consent: true }, lang: "fr" });
  const row = await db().petitionRequest.findUnique({ where: { inseeCode_emailIndex: { inseeCode, emailIndex: petitionRequestIndexFor(email) } } });
  const emails = row
    ? await db().emailMessage.findMany({ where: { idempotencyKey: { startsWith: emailKey(`petition-request/${row.id}/`) } }, orderBy: { createdAt: "desc" } })
    : [];
  const props = emails[0] ? (JSON.parse(decrypt(emails[0].payload)) as { url: string; communeName: string }) : null;
  return { result, row, email, emails, token: props?.url.split("/demande-petition/")[1] ?? "", props };
}

describe("requests for a petition", () => {
  test("a request is emailed a link, counts only once confirmed, and organizers see it per commune", async () => {
    const { result, row, token, props } = await ask(BORDEAUX, address(), "Les caméras du quai des Chartrons.");
    expect(result).toEqual({ ok: true, already: false });
    expect(props?.communeName).toBe("Bordeaux");
    // Encrypted at rest: neither the address nor the message in clear.
    expect(row?.email).not.toContain("@");
    expect(row?.message).not.toContain("caméras");
    expect(await countPetitionRequests({ inseeCode: BORDEAUX })).toBe(0);
    expect((await getPetitionRequestByToken({ token }))?.confirmedAt).toBeNull();

    expect(await confirmPetitionRequest({ token })).toEqual({ ok: true, communeSlug: "bordeaux" });
    expect(await confirmPetitionRequest({ token })).toEqual({ ok: true, communeSlug: "bordeaux" });
    expect(await confirmPetitionRequest({ token: "not-a-token" })).toEqual({ ok: false, error: "unknown" });
    expect(await countPetitionRequests({ inseeCode: BORDEAUX })).toBe(1);

    const second = await ask(BORDEAUX);
    await confirmPetitionRequest({ token: second.token });
    expect(await countPetitionRequests({ inseeCode: BORDEAUX })).toBe(2);
    const counts = await listPetitionRequestCounts();
    expect(counts.find((commune) => commune.inseeCode === BORDEAUX)).toMatchObject({ name: "Bordeaux", count: 2, hasPetition: false });
    expect((await listPetitionRequests({ inseeCode: BORDEAUX })).map((request) => request.message)).toContain("Les caméras du quai des Chartrons.");
  });

  test("asking twice for the same commune is one request, with a fresh link; a commune with an open petition takes none", async () => {
    const email = address();
    const first = await ask(LILLE, email);
    const again = await ask(LILLE, email.toUpperCase());
    expect(again.result).toEqual({ ok: true, already: true });
    expect(again.row?.id).toBe(first.row?.id);
    expect(again.token).not.toBe(first.token);
    expect(await getPetitionRequestByToken({ token: again.token })).not.toBeNull();
    // A second "already" the same day sends nothing more.
    expect((await ask(LILLE, email)).emails).toHaveLength(2);

    await openPetition({ inseeCode: GRENOBLE });
    const refused = await ask(GRENOBLE);
    expect(refused.result).toEqual({ ok: false, error: "has-petition" });
    expect(refused.row).toBeNull();
  });

  test("retention: unconfirmed after 7 days, confirmed after a year or a month after a petition opened; the policy says so", async () => {
    const rules = RETENTION_RULES.filter((rule) => rule.models?.includes("PetitionRequest"));
    expect(rules).toHaveLength(petitionRequestRetentionRules.length);
    expect(PRIVACY_ENTRIES.find((entry) => entry.id === "petitionRequests")?.models).toContain("PetitionRequest");
    const run = async (now: Date) => {
      for (const rule of rules) await rule.run(now);
    };

    const unconfirmed = await ask(STRASBOURG);
    const confirmed = await ask(STRASBOURG);
    await confirmPetitionRequest({ token: confirmed.token });
    await run(new Date(Date.now() + 6 * DAY));
    expect(await db().petitionRequest.count({ where: { id: { in: [unconfirmed.row!.id, confirmed.row!.id] } } })).toBe(2);
    await run(new Date(Date.now() + 8 * DAY));
    expect(await db().petitionRequest.findUnique({ where: { id: unconfirmed.row!.id } })).toBeNull();
    expect(await db().petitionRequest.findUnique({ where: { id: confirmed.row!.id } })).not.toBeNull();
    await run(new Date(Date.now() + 366 * DAY));
    expect(await db().petitionRequest.findUnique({ where: { id: confirmed.row!.id } })).toBeNull();

    // A petition opened in the commune: its requests go a month later.
    const waiting = await ask(STRASBOURG);
    await confirmPetitionRequest({ token: waiting.token });
    const petition = await openPetition({ inseeCode: STRASBOURG });
    await run(new Date(Date.now() + 29 * DAY));
    expect(await db().petitionRequest.findUnique({ where: { id: waiting.row!.id } })).not.toBeNull();
    await db().petition.update({ where: { id: petition.id }, data: { openedAt: new Date(Date.now() - 31 * DAY) } });
    await run(new Date());
    expect(await db().petitionRequest.findUnique({ where: { id: waiting.row!.id } })).toBeNull();
  });

  test("my data lists the requests of an address and deletes them", async () => {
    const email = address();
    const one = await ask(BORDEAUX, email, "Mon message");
    await ask(LILLE, email);
    const data = await collectData(email);
    expect(data.petitionRequests.map((request) => request.commune).sort()).toEqual(["Bordeaux", "Lille"]);
    expect(data.petitionRequests.find((request) => request.commune === "Bordeaux")?.message).toBe("Mon message");
    await deleteData(email, { kind: "petitionRequest", id: one.row!.id });
    expect((await collectData(email)).petitionRequests.map((request) => request.commune)).toEqual(["Lille"]);
    await deleteData(email, { kind: "all" });
    expect((await collectData(email)).petitionRequests).toEqual([]);
  });
});
