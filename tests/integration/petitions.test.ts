import { describe, expect, test } from "vitest";
import { runRetention } from "~/jobs/retention.server";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { unconfirmedSignatureRule } from "~/modules/petitions/privacy.server";
import { recountAllPetitions, recountPetition, tallySignatures } from "~/modules/petitions/tally.server";
import { db } from "~/utils/db.server";
import { openPetition, signer } from "../factories/petition";
import { emailKey } from "~/models/email-message.server";
import { hashToken } from "~/utils/tokens.server";

const sign = (petitionId: string, input = signer()) => signPetition({ petitionId, input, ipHash: "test-ip", lang: "fr" });

async function tokenFor(signatureId: string) {
  // Tests confirm through the model with a known token: reset it to one we know.
  const token = `token-${signatureId}`;
  await db().signature.update({ where: { id: signatureId }, data: { tokenHash: hashToken(token) } });
  return token;
}

async function confirmAll(petitionId: string) {
  const signatures = await db().signature.findMany({ where: { petitionId, confirmedAt: null } });
  for (const signature of signatures) await confirmSignature({ token: await tokenFor(signature.id) });
}

async function tally(petitionId: string) {
  return db().petitionTally.findUnique({ where: { petitionId } });
}

describe("signing", () => {
  test("simultaneous signatures with variants of one Gmail address count once", async () => {
    const petition = await openPetition();
    const variants = ["A.B+x@gmail.com", "ab@gmail.com", "a.b@googlemail.com", "AB+petition@Gmail.com", "a.b.@gmail.com".replace(".@", "@")];
    const results = await Promise.all(variants.flatMap((email) => [sign(petition.id, signer({ email })), sign(petition.id, signer({ email }))]));
    expect(results.filter((r) => r.ok && !r.repeat)).toHaveLength(1);
    expect(results.filter((r) => r.ok && r.repeat)).toHaveLength(results.length - 1);
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(1);
    await confirmAll(petition.id);
    await tallySignatures();
    expect(await tally(petition.id)).toMatchObject({ residents: 1, supporters: 0 });
  });

  test("signing again sends a reminder, at most three emails in all", async () => {
    const petition = await openPetition();
    const input = signer();
    for (let i = 0; i < 6; i++) await sign(petition.id, input);
    const [signature] = await db().signature.findMany({ where: { petitionId: petition.id } });
    expect(signature.emailsSent).toBe(3);
    const emails = await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`signature/${signature.id}/`) } } });
    expect(emails).toBe(3);
  });

  test("residents and supporters are told apart by postcode", async () => {
    const petition = await openPetition();
    await sign(petition.id, signer({ postcode: "06100" }));
    await sign(petition.id, signer({ postcode: "13001" }));
    await confirmAll(petition.id);
    await tallySignatures();
    expect(await tally(petition.id)).toMatchObject({ residents: 1, supporters: 1 });
  });

  test("nothing in the signature table is readable without the keys", async () => {
    const petition = await openPetition();
    await sign(petition.id, signer({ firstName: "Dominique", lastName: "Quelquechose", email: "dominique.q@example.net" }));
    const dump = JSON.stringify(await db().$queryRaw`SELECT * FROM signature WHERE petition_id = ${petition.id}::uuid`);
    for (const clear of ["Dominique", "Quelquechose", "dominique.q", "example.net", "06000"]) expect(dump).not.toContain(clear);
  });
});

describe("counting", () => {
  test("the tally and the nightly recount agree, and the recount corrects drift", async () => {
    const petition = await openPetition();
    await Promise.all(Array.from({ length: 25 }, (_, i) => sign(petition.id, signer({ postcode: i % 5 === 0 ? "75011" : "06000" }))));
    await confirmAll(petition.id);
    while ((await tallySignatures()) > 0);
    const tallied = await tally(petition.id);
    expect(tallied).toMatchObject({ residents: 20, supporters: 5 });

    const recounted = await db().$transaction((tx) => recountPetition(tx, petition.id));
    expect(recounted).toMatchObject({ residents: 20, supporters: 5, drift: 0 });

    await db().petitionTally.update({ where: { petitionId: petition.id }, data: { residents: 3 } });
    const nightly = await recountAllPetitions();
    expect(nightly.drift).toBeGreaterThanOrEqual(17);
    expect(await tally(petition.id)).toMatchObject({ residents: 20, supporters: 5 });
  });

  test("two tally runs at once never count a confirmation twice", async () => {
    const petition = await openPetition();
    await Promise.all(Array.from({ length: 40 }, () => sign(petition.id)));
    await confirmAll(petition.id);
    await Promise.all([tallySignatures({ batch: 7 }), tallySignatures({ batch: 7 }), tallySignatures({ batch: 7 })]);
    while ((await tallySignatures()) > 0);
    expect(await tally(petition.id)).toMatchObject({ residents: 40, supporters: 0 });
  });
});

describe("retention", () => {
  test("deletes only signatures left unconfirmed for more than 7 days", async () => {
    const petition = await openPetition();
    for (let i = 0; i < 4; i++) await sign(petition.id);
    const [oldUnconfirmed, oldConfirmed, recentUnconfirmed, fresh] = await db().signature.findMany({ where: { petitionId: petition.id } });
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    const sixDaysAgo = new Date(Date.now() - 6 * 24 * 3600_000);
    await db().signature.update({ where: { id: oldUnconfirmed.id }, data: { createdAt: eightDaysAgo } });
    await db().signature.update({ where: { id: oldConfirmed.id }, data: { createdAt: eightDaysAgo, confirmedAt: eightDaysAgo } });
    await db().signature.update({ where: { id: recentUnconfirmed.id }, data: { createdAt: sixDaysAgo } });

    const [result] = await runRetention([unconfirmedSignatureRule]);
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    const left = await db().signature.findMany({ where: { petitionId: petition.id }, select: { id: true } });
    expect(left.map((s) => s.id).sort()).toEqual([oldConfirmed.id, recentUnconfirmed.id, fresh.id].sort());
    expect(oldUnconfirmed.id).not.toBe(fresh.id);
  });
});

describe("names (issue 28)", () => {
  test("a name with a link, an email address or markup is refused at signing, and nothing is recorded", async () => {
    const { action } = await import("~/routes/villes.$slug");
    const petition = await openPetition();
    for (const [field, value] of [
      ["firstName", "http://petition.example"],
      ["lastName", "petition.example"],
      ["firstName", "spam@example.org"],
      ["lastName", "<a href=x>Dupont</a>"],
    ]) {
      const email = `names.${Math.random().toString(36).slice(2, 10)}@example.org`;
      const form = new URLSearchParams({ firstName: "Ann", lastName: "Dupont", email, postcode: "06000", consentProcessing: "on", [field]: value });
      const request = new Request("http://localhost/villes/nice", { method: "POST", body: form });
      const response = (await action({ request, params: { slug: "nice" }, context: {} })) as unknown as { init: { status: number }; data: unknown };
      expect(response.init.status).toBe(400);
      expect(JSON.stringify(response.data)).toContain("errors.name.noLinks");
      // What was typed comes back.
      expect(JSON.stringify(response.data)).toContain(email);
    }
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(0);
  });
});

describe("thank-you pages (issue 28)", () => {
  test("the public thank-you page claims nothing; the confirmation link's page thanks only a confirmed signature", async () => {
    const { loader: publicThanks } = await import("~/routes/villes.$slug_.merci");
    const { loader: tokenPage, action: confirm } = await import("~/routes/signature.$token");
    const shared = await publicThanks({ request: new Request("http://localhost/villes/nice/merci?abonne"), params: { slug: "nice" }, context: {} });
    expect(Object.keys(shared)).toEqual(["share"]);
    expect(Object.keys(shared.share).sort()).toEqual(["body", "communeSlug", "subject", "url"]);

    const petition = await openPetition();
    await sign(petition.id);
    const [signature] = await db().signature.findMany({ where: { petitionId: petition.id } });
    const token = await tokenFor(signature.id);
    const page = (t: string) => tokenPage({ request: new Request(`http://localhost/signature/${t}`), params: { token: t }, context: {} });
    expect(await page(token)).toEqual({ confirmed: false });
    expect(await page("not-a-token")).toEqual({ confirmed: false });

    const response = (await confirm({
      request: new Request(`http://localhost/signature/${token}`, { method: "POST" }),
      params: { token },
      context: {},
    })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/signature/${token}`);
    expect(await page(token)).toMatchObject({ confirmed: true, subscribed: false, share: { url: expect.stringContaining("/villes/nice") } });
  });
});

describe("closed petitions (issue 28)", () => {
  test("the embeddable counter of a closed petition gives the final count, without the goal", async () => {
    const { loader } = await import("~/routes/embed.$slug");
    const petition = await openPetition({ goal: 500 });
    const embed = async () => (await loader({ request: new Request("http://localhost/embed/nice"), params: { slug: "nice" }, context: {} })).text();
    expect(await embed()).toContain("Objectif");
    await db().petition.update({ where: { id: petition.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const closed = await embed();
    expect(closed).toContain("Résultat final");
    expect(closed).not.toContain("Objectif");
  });
});

describe("open data (issue 28)", () => {
  test("/petitions.csv publishes what /petitions.json does, one line per petition, for spreadsheets", async () => {
    const { loader: json } = await import("~/routes/petitions[.]json");
    const { loader: csv } = await import("~/routes/petitions[.]csv");
    const petition = await openPetition();
    await db().petition.update({ where: { id: petition.id }, data: { title: 'Non, "merci" ; =SOMME(A1)' } });
    await sign(petition.id, signer({ postcode: "06000" }));
    await sign(petition.id, signer({ postcode: "13001" }));
    await confirmAll(petition.id);
    await tallySignatures();
    const listed = (await (await json()).json()) as { petitions: { id: string }[] };
    const response = await csv();
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("id,commune,title,status,goal,count,residents,supporters,updated_at,url,supporters_by_country");
    expect(lines).toHaveLength(listed.petitions.length + 1);
    const line = lines.find((row) => row.startsWith(petition.id));
    expect(line).toContain(`,Nice,"Non, ""merci"" ; =SOMME(A1)",open,1000,2,1,1,`);
    expect(line).toContain("/villes/nice");
  });
});
