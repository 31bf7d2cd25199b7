// Issue 28, items 5 and 6: supporters from abroad (counted as supporters, by country in the open
// data) and the organizers' petition list, filtered and exported as CSV with an audit entry.
import { describe, expect, test } from "vitest";
import { addOrganizer } from "~/models/organizer.server";
import { invalidateSignatures } from "~/modules/petitions/admin.server";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { tallySignatures } from "~/modules/petitions/tally.server";
import { signIn } from "~/models/session.server";
import { publicPetitionsOpenData, petitionsCsv } from "~/modules/petitions/open-data.server";
import { loader as listLoader } from "~/routes/admin.petitions._index";
import { loader as csvLoader } from "~/routes/admin.petitions[.]csv";
import { loader as petitionJsonLoader } from "~/routes/villes.$slug_.petition[.]json";
import { action as signAction } from "~/routes/villes.$slug";
import { ipHashFor } from "~/utils/client-ip.server";
import { db } from "~/utils/db.server";
import { decrypt } from "~/utils/crypto.server";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { hashToken } from "~/utils/tokens.server";
import { openPetition, signer, signerAbroad } from "../factories/petition";

const NICE = "06088";
const MENTON = "06083";
const MARSEILLE = "13055";
const unique = () => Math.random().toString(36).slice(2, 10);

async function signAndConfirm(petitionId: string, input: Parameters<typeof signPetition>[0]["input"]) {
  await signPetition({ petitionId, input, ipHash: ipHashFor("198.51.100.7"), lang: "fr" });
  const signature = await db().signature.findFirstOrThrow({
    where: { petitionId, createdAt: { gt: new Date(Date.now() - 60_000) } },
    orderBy: { createdAt: "desc" },
  });
  const token = `token-${signature.id}`;
  await db().signature.update({ where: { id: signature.id }, data: { tokenHash: hashToken(token) } });
  expect((await confirmSignature({ token })).ok).toBe(true);
  return signature;
}

const tally = (petitionId: string) => db().petitionTally.findUnique({ where: { petitionId }, select: { residents: true, supporters: true } });

async function petitionJson(slug: string) {
  const response = await petitionJsonLoader({ request: new Request(`http://localhost/villes/${slug}/petition.json`), params: { slug }, context: {} });
  return (await response.json()) as {
    count: number;
    residents: number;
    supporters: number;
    supportersAbroad: number;
    supportersByCountry: Record<string, number>;
  };
}

describe("supporters from abroad", () => {
  test("a Belgian supporter counts as a supporter, by country in the open data; a French postcode of another commune still a supporter; residents unchanged", async () => {
    const petition = await openPetition({ inseeCode: NICE });
    const belgian = await signAndConfirm(petition.id, signerAbroad("BE", { email: `belge.${unique()}@example.be` }));
    await signAndConfirm(petition.id, signerAbroad("BE"));
    await signAndConfirm(petition.id, signerAbroad("CH"));
    await signAndConfirm(petition.id, signer({ postcode: "13001" }));
    await signAndConfirm(petition.id, signer({ postcode: "06000" }));
    // Signed but not confirmed: counted nowhere.
    await signPetition({ petitionId: petition.id, input: signerAbroad("DE"), ipHash: ipHashFor("198.51.100.8"), lang: "fr" });

    const stored = await db().signature.findUniqueOrThrow({ where: { id: belgian.id } });
    expect(stored).toMatchObject({ country: "BE", isResident: false });
    expect(decrypt(stored.postcode)).toBe("");

    await tallySignatures();
    expect(await tally(petition.id)).toEqual({ residents: 1, supporters: 4 });

    const json = await petitionJson("nice");
    expect(json).toMatchObject({ count: 5, residents: 1, supporters: 4, supportersAbroad: 3, supportersByCountry: { BE: 2, CH: 1 } });
    expect(Object.keys(json.supportersByCountry)).toEqual(["BE", "CH"]);

    const rows = await publicPetitionsOpenData();
    const row = rows.find((candidate) => candidate.id === petition.id);
    expect(row?.supportersByCountry).toEqual({ BE: 2, CH: 1 });
    const csv = petitionsCsv(rows)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(csv[0]).toMatch(/,supporters_by_country$/);
    expect(csv.find((line) => line.startsWith(petition.id))).toMatch(/,"BE 2; CH 1"$/);
  });

  test("an invalidated supporter from abroad leaves the figures by country with the count", async () => {
    const petition = await openPetition({ inseeCode: MENTON });
    const { id: organizerId } = await addOrganizer({ email: `orga-${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
    await signAndConfirm(petition.id, signerAbroad("IT", { email: `troll.${unique()}@spam.example` }));
    await signAndConfirm(petition.id, signerAbroad("IT"));
    await tallySignatures();
    expect(await petitionJson("menton")).toMatchObject({ supporters: 2, supportersByCountry: { IT: 2 } });
    await invalidateSignatures({ petitionId: petition.id, criteria: { by: "domain", domain: "spam.example" }, organizerId });
    expect(await tally(petition.id)).toEqual({ residents: 0, supporters: 1 });
    // The city page's JSON is kept for a second per process: the model, not the memo.
    const { petitionSupportersByCountry } = await import("~/modules/petitions/countries.server");
    expect(await petitionSupportersByCountry(petition.id)).toEqual({ IT: 1 });
  });
});

/** The signing form posted by hand to the city page's action, each from its own address (the per-IP limit is not under test). */
let poster = 0;
async function post(slug: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set(FORM_GUARD_FIELDS.honeypot, "");
  form.set(FORM_GUARD_FIELDS.token, issueFormGuardToken(Date.now() - 60_000));
  const request = new Request(`http://localhost/villes/${slug}`, { method: "POST", body: form });
  const answer = (await signAction({ request, params: { slug }, context: { socketAddress: `203.0.113.${++poster}` } })) as unknown as {
    data: { error: Record<string, string[]> | null; initialValue: Record<string, unknown> };
    init: { status: number } | null;
  };
  return answer;
}

describe("bad input on the signing form", () => {
  const typed = { firstName: "Léa", lastName: "Peeters", email: "lea.peeters@example.be", consentProcessing: "on" };

  test("an unknown country code posted by hand: refused beside the country field, what was typed kept, nothing written", async () => {
    const petition = await openPetition({ inseeCode: NICE });
    const answer = await post("nice", { ...typed, residence: "abroad", country: "XX" });
    expect(answer.init?.status).toBe(400);
    expect(answer.data.error).toEqual({ country: ["errors.country.unknown"] });
    expect(answer.data.initialValue).toMatchObject({ firstName: "Léa", lastName: "Peeters", email: "lea.peeters@example.be", residence: "abroad" });
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(0);
  });

  test("France itself is not a country from abroad", async () => {
    await openPetition({ inseeCode: NICE });
    const answer = await post("nice", { ...typed, residence: "abroad", country: "FR" });
    expect(answer.data.error).toEqual({ country: ["errors.country.unknown"] });
  });

  test("both country and postcode empty: the chosen residence's field says what it needs", async () => {
    await openPetition({ inseeCode: NICE });
    const abroad = await post("nice", { ...typed, residence: "abroad", country: "", postcode: "" });
    expect(abroad.init?.status).toBe(400);
    expect(abroad.data.error).toEqual({ country: ["errors.country.required"] });
    const france = await post("nice", { ...typed, residence: "france", country: "", postcode: "" });
    expect(france.data.error).toEqual({ postcode: ["errors.postcode.required"] });
    expect(france.data.initialValue).toMatchObject({ firstName: "Léa", email: "lea.peeters@example.be" });
  });

  test("an unknown residence is refused beside its choice", async () => {
    await openPetition({ inseeCode: NICE });
    const answer = await post("nice", { ...typed, residence: "lune", postcode: "06000" });
    expect(answer.data.error).toEqual({ residence: ["errors.residence.required"] });
  });

  test("from abroad, a country is enough: signed, with the postcode field ignored", async () => {
    // Antibes, not Nice: the city page keeps its petition for a second, and Nice's has just changed.
    const petition = await openPetition({ inseeCode: "06004" });
    const email = `suisse.${unique()}@example.ch`;
    const response = await post("antibes", { ...typed, email, residence: "abroad", country: "CH", postcode: "n/a" });
    expect(response).toBeInstanceOf(Response);
    expect((response as unknown as Response).headers.get("Location")).toBe("/villes/antibes/verification");
    expect(await db().signature.findFirstOrThrow({ where: { petitionId: petition.id } })).toMatchObject({ country: "CH", isResident: false });
  });
});

describe("the organizers' petition list", () => {
  async function cookie() {
    const { id } = await addOrganizer({ email: `orga-${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
    return { organizerId: id, cookie: (await signIn(id, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "" };
  }

  test("filtered by status, commune name and department; the CSV of the filtered list is audited", async () => {
    const nice = await openPetition({ inseeCode: NICE });
    const marseille = await openPetition({ inseeCode: MARSEILLE });
    const menton = await openPetition({ inseeCode: MENTON });
    await db().petition.update({ where: { id: menton.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await signAndConfirm(nice.id, signerAbroad("BE"));
    await tallySignatures();
    const { organizerId, cookie: session } = await cookie();
    const list = async (query: string) => {
      const request = new Request(`http://localhost/admin/petitions${query}`, { headers: { Cookie: session } });
      return (await listLoader({ request, params: {}, context: {} })).petitions.map((petition) => petition.id);
    };

    const inAlpesMaritimes = await list("?department=06");
    expect(inAlpesMaritimes).toEqual(expect.arrayContaining([nice.id, menton.id]));
    expect(inAlpesMaritimes).not.toContain(marseille.id);
    expect(await list("?department=06&status=OPEN")).toContain(nice.id);
    expect(await list("?department=06&status=OPEN")).not.toContain(menton.id);
    // The commune's name, accents and case ignored, any part of it.
    expect(await list("?commune=MENT")).toContain(menton.id);
    expect(await list("?commune=marséille")).toEqual(expect.arrayContaining([marseille.id]));
    expect(await list("?commune=marseille")).not.toContain(nice.id);
    // Malformed filters are ignored, never a 500.
    expect(await list("?status=DRAFT&department=999")).toEqual(expect.arrayContaining([nice.id, marseille.id, menton.id]));

    const before = await db().auditEntry.count({ where: { action: "petitions.export" } });
    const request = new Request("http://localhost/admin/petitions.csv?department=06&status=OPEN&ignored=1", { headers: { Cookie: session } });
    const response = await csvLoader({ request, params: {}, context: {} });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Identifiant,Commune,Code INSEE,Département,Titre,État,Objectif,Signatures confirmées,Habitants,Soutiens,Soutiens de l’étranger,Ouverte le,Close le",
    );
    const niceLine = lines.find((line) => line.startsWith(nice.id));
    expect(niceLine).toContain(",Nice,06088,06,");
    expect(niceLine).toContain(",Ouverte,1000,1,0,1,1,");
    expect(lines.some((line) => line.startsWith(menton.id) || line.startsWith(marseille.id))).toBe(false);

    const entries = await db().auditEntry.findMany({ where: { action: "petitions.export", organizerId }, select: { subjectType: true, details: true } });
    expect(await db().auditEntry.count({ where: { action: "petitions.export" } })).toBe(before + 1);
    expect(entries).toEqual([{ subjectType: "petition", details: { rows: lines.length - 1, query: "?status=OPEN&department=06" } }]);
  });

  test("without a session, the list and its CSV send to the sign-in page", async () => {
    const request = new Request("http://localhost/admin/petitions.csv");
    await expect(csvLoader({ request, params: {}, context: {} })).rejects.toSatisfy((thrown: unknown) => thrown instanceof Response && thrown.status === 302);
  });
});
