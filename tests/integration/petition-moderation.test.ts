// Signature-level moderation and the fraud view (issue 28), on real PostgreSQL: filters, actions
// that recount exactly, a bulk invalidation of "all matching" while people sign, and the routes'
// answers to organizers, strangers and bad input.
import { describe, expect, test } from "vitest";
import { petitionRetentionRules } from "~/modules/petitions/privacy.server";
import { addOrganizer } from "~/models/organizer.server";
import { signPetition } from "~/modules/petitions/petition.server";
import { recountAllPetitions, tallySignatures } from "~/modules/petitions/tally.server";
import { signIn } from "~/models/session.server";
import { domainIndexFor, emailIndexFor } from "~/modules/petitions/signature-index.server";
import { fraudGroups } from "~/modules/petition-moderation/fraud.server";
import { listSignaturesForModeration, moderateSignatures, normalizedIp } from "~/modules/petition-moderation/moderation.server";
import type { SignatureFilter } from "~/modules/petition-moderation/schema";
import { action as moderationAction, loader as moderationLoader } from "~/routes/admin.petitions.$id_.signatures";
import { loader as fraudLoader } from "~/routes/admin.petitions.$id_.fraude";
import { ipHashFor, networkHashFor, networkOf } from "~/utils/client-ip.server";
import { db } from "~/utils/db.server";
import { openPetition, signer } from "../factories/petition";

const ANTIBES = "06004";
const RESIDENT_POSTCODE = "06600";

const organizer = () => addOrganizer({ email: `moder-${Math.random().toString(36).slice(2)}@collectif.example`, role: "ORGANIZER", addedBy: null });

/** A signature from an address, written as the signing route writes it; confirmed unless told. */
async function sign(petitionId: string, overrides: Parameters<typeof signer>[0] = {}, { ip = "198.51.100.1", confirm = true } = {}) {
  const input = signer(overrides);
  const result = await signPetition({ petitionId, input, ipHash: ipHashFor(ip), networkHash: networkHashFor(ip), lang: "fr" });
  expect(result).toEqual({ ok: true, repeat: false });
  if (confirm) {
    const { count } = await db().signature.updateMany({
      where: { petitionId, confirmedAt: null, emailIndex: emailIndexFor(input.email) },
      data: { confirmedAt: new Date() },
    });
    expect(count).toBe(1);
  }
  return input;
}

const tally = async (petitionId: string) => db().petitionTally.findUnique({ where: { petitionId }, select: { residents: true, supporters: true } });

/** What a fresh count of the petition's rows says. */
async function freshCount(petitionId: string) {
  const valid = { petitionId, confirmedAt: { not: null }, invalidatedAt: null };
  const [residents, supporters] = await Promise.all([
    db().signature.count({ where: { ...valid, isResident: true } }),
    db().signature.count({ where: { ...valid, isResident: false } }),
  ]);
  return { residents, supporters };
}

const names = async (petitionId: string, filter: SignatureFilter) =>
  (await listSignaturesForModeration({ petitionId, filter })).signatures.map((row) => row.name).sort();

describe("networks", () => {
  test("an IPv4 address's /24, an IPv6 address's /64, an IPv4-mapped address as IPv4", () => {
    expect(networkOf("203.0.113.77")).toBe("203.0.113.0/24");
    expect(networkOf("::ffff:203.0.113.77")).toBe("203.0.113.0/24");
    expect(networkOf("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64");
    expect(networkOf("unknown")).toBeNull();
    expect(networkOf("300.1.1.1")).toBeNull();
    expect(networkHashFor("203.0.113.1")).toBe(networkHashFor("203.0.113.254"));
    expect(normalizedIp("2001:DB8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(normalizedIp("2001:db8:0:0:0:0:2:1")).toBe("2001:db8::2:1");
    expect(normalizedIp("2001:db8:1:1:1:1:1:1")).toBe("2001:db8:1:1:1:1:1:1");
    expect(normalizedIp("0:0:0:0:0:0:0:1")).toBe("::1");
    expect(normalizedIp("fe80:0:0:0:0:0:0:0")).toBe("fe80::");
    expect(networkHashFor("203.0.113.1")).not.toBe(networkHashFor("203.0.114.1"));
  });
});

describe("retention", () => {
  test("the network hash goes with the other personal fields when a petition's signatures are reduced", async () => {
    const petition = await openPetition({ inseeCode: ANTIBES });
    await sign(petition.id, { email: `kept.${Date.now()}@example.org` }, { ip: "203.0.113.9" });
    expect((await db().signature.findFirstOrThrow({ where: { petitionId: petition.id } })).networkHash).toBe(networkHashFor("203.0.113.9"));
    await db().petition.update({ where: { id: petition.id }, data: { status: "CLOSED", closedAt: new Date("2000-01-01T00:00:00Z") } });
    const rule = petitionRetentionRules.find((candidate) => candidate.name.startsWith("signatures of petitions delivered or closed"));
    await rule?.run(new Date());
    expect(await db().signature.findFirstOrThrow({ where: { petitionId: petition.id }, select: { ipHash: true, networkHash: true } })).toEqual({
      ipHash: "erased",
      networkHash: null,
    });
  });
});

describe("moderation filters", () => {
  test("by email, name (accents and case ignored), postcode, commune, IP, network, domain, time and status", async () => {
    const petition = await openPetition({ inseeCode: ANTIBES });
    const stamp = Date.now();
    const troll = await sign(petition.id, { firstName: "Élodie", lastName: "Trolléa", email: `troll.${stamp}@spam.example` }, { ip: "203.0.113.5" });
    await sign(petition.id, { firstName: "Jean", lastName: "Dupont", email: `jean.${stamp}@spam.example`, postcode: RESIDENT_POSTCODE }, { ip: "203.0.113.6" });
    await sign(
      petition.id,
      { firstName: "Ana", lastName: "Silva", email: `ana.${stamp}@ok.example`, postcode: "75011" },
      { ip: "2001:db8:1:2::10", confirm: false },
    );
    await sign(
      petition.id,
      { firstName: "Zoé", lastName: "Martin", email: `zoe.${stamp}@ok.example`, postcode: RESIDENT_POSTCODE },
      { ip: "2001:db8:1:2::11" },
    );
    await db().signature.updateMany({
      where: { petitionId: petition.id, domainIndex: domainIndexFor("ok.example") },
      data: { createdAt: new Date("2026-01-01T10:30:00Z") },
    });

    const id = petition.id;
    expect(await names(id, {})).toEqual(["Ana Silva", "Jean Dupont", "Zoé Martin", "Élodie Trolléa"]);
    // The canonical address: case and +tag do not matter.
    expect(await names(id, { email: troll.email.toUpperCase().replace("@", "+x@") })).toEqual(["Élodie Trolléa"]);
    expect(await names(id, { name: "TROLLEA" })).toEqual(["Élodie Trolléa"]);
    expect(await names(id, { name: "elodie tro" })).toEqual(["Élodie Trolléa"]);
    expect(await names(id, { name: "zoe", postcode: RESIDENT_POSTCODE })).toEqual(["Zoé Martin"]);
    expect(await names(id, { postcode: "75011" })).toEqual(["Ana Silva"]);
    expect(await names(id, { commune: "resident" })).toEqual(["Jean Dupont", "Zoé Martin"]);
    expect(await names(id, { commune: "other" })).toEqual(["Ana Silva", "Élodie Trolléa"]);
    expect(await names(id, { ip: "203.0.113.5" })).toEqual(["Élodie Trolléa"]);
    expect(await names(id, { ip: "203.0.113.200", ipNetwork: "1" })).toEqual(["Jean Dupont", "Élodie Trolléa"]);
    expect(await names(id, { ip: "2001:db8:1:2::ffff", ipNetwork: "1" })).toEqual(["Ana Silva", "Zoé Martin"]);
    expect(await names(id, { ip: "2001:db8:1:2::10" })).toEqual(["Ana Silva"]);
    // However the organizer writes it.
    expect(await names(id, { ip: "2001:0DB8:0001:0002:0000:0000:0000:0010" })).toEqual(["Ana Silva"]);
    expect(await names(id, { ip: "::ffff:203.0.113.5" })).toEqual(["Élodie Trolléa"]);
    expect(await names(id, { network: networkHashFor("203.0.113.1") as string })).toEqual(["Jean Dupont", "Élodie Trolléa"]);
    expect(await names(id, { ipHash: ipHashFor("203.0.113.6") })).toEqual(["Jean Dupont"]);
    expect(await names(id, { domain: "SPAM.example" })).toEqual(["Jean Dupont", "Élodie Trolléa"]);
    expect(await names(id, { from: new Date("2026-01-01T10:00:00Z"), to: new Date("2026-01-01T11:00:00Z") })).toEqual(["Ana Silva", "Zoé Martin"]);
    expect(await names(id, { status: "pending" })).toEqual(["Ana Silva"]);
    expect(await names(id, { status: "confirmed", domain: "ok.example" })).toEqual(["Zoé Martin"]);
    expect(await names(id, { name: "nobody" })).toEqual([]);
  });
});

describe("moderation actions", () => {
  test("invalidate, re-validate and delete a selection: each recounts exactly and is audited without the criteria", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: ANTIBES });
    const stamp = Date.now();
    for (let i = 0; i < 3; i++) await sign(petition.id, { lastName: `Habitant${i}`, email: `h${i}.${stamp}@example.org`, postcode: RESIDENT_POSTCODE });
    for (let i = 0; i < 2; i++) await sign(petition.id, { lastName: `Soutien${i}`, email: `s${i}.${stamp}@example.org`, postcode: "75011" });
    await sign(petition.id, { firstName: "Troll", lastName: "Troll", email: `troll.${stamp}@example.org`, postcode: RESIDENT_POSTCODE }, { ip: "192.0.2.66" });
    await tallySignatures();
    expect(await tally(petition.id)).toEqual({ residents: 4, supporters: 2 });

    const [trollRow] = (await listSignaturesForModeration({ petitionId: petition.id, filter: { name: "troll" } })).signatures;
    const invalidated = await moderateSignatures({
      petitionId: petition.id,
      organizerId,
      action: { intent: "invalidate", scope: "selected", id: [trollRow.id], reason: "Pseudonyme injurieux" },
      filter: {},
    });
    expect(invalidated).toEqual({ affected: 1, residents: 3, supporters: 2 });
    expect(await tally(petition.id)).toEqual(await freshCount(petition.id));
    const row = await db().signature.findUniqueOrThrow({ where: { id: trollRow.id } });
    expect(row.invalidReason).toBe("Pseudonyme injurieux");
    // Invalidating again changes nothing.
    expect(
      (
        await moderateSignatures({
          petitionId: petition.id,
          organizerId,
          action: { intent: "invalidate", scope: "selected", id: [trollRow.id], reason: "x" },
          filter: {},
        })
      ).affected,
    ).toBe(0);

    const revalidated = await moderateSignatures({
      petitionId: petition.id,
      organizerId,
      action: { intent: "revalidate", scope: "selected", id: [trollRow.id] },
      filter: {},
    });
    expect(revalidated).toEqual({ affected: 1, residents: 4, supporters: 2 });
    expect((await db().signature.findUniqueOrThrow({ where: { id: trollRow.id } })).invalidReason).toBeNull();

    // All matching a filter: the two supporters.
    const deleted = await moderateSignatures({
      petitionId: petition.id,
      organizerId,
      action: { intent: "delete", scope: "all", id: [] },
      filter: { commune: "other" },
    });
    expect(deleted).toEqual({ affected: 2, residents: 4, supporters: 0 });
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(4);
    expect(await tally(petition.id)).toEqual(await freshCount(petition.id));

    // A selection naming another petition's signature touches nothing.
    const other = await openPetition({ inseeCode: "06069" });
    await sign(other.id, { email: `other.${stamp}@example.org` });
    const foreign = await db().signature.findFirstOrThrow({ where: { petitionId: other.id } });
    expect(
      (await moderateSignatures({ petitionId: petition.id, organizerId, action: { intent: "delete", scope: "selected", id: [foreign.id] }, filter: {} }))
        .affected,
    ).toBe(0);
    expect(await db().signature.count({ where: { id: foreign.id } })).toBe(1);

    const audits = await db().auditEntry.findMany({
      where: { subjectId: petition.id, action: { startsWith: "petition.signatures." } },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "petition.signatures.invalidate",
      "petition.signatures.invalidate",
      "petition.signatures.revalidate",
      "petition.signatures.delete",
      "petition.signatures.delete",
    ]);
    expect(audits[0].details).toMatchObject({ scope: "selected", affected: 1, reason: "Pseudonyme injurieux", residents: 3, supporters: 2 });
    expect(audits[3].details).toMatchObject({ scope: "all", filters: ["commune"], affected: 2 });
    expect(JSON.stringify(audits.map((a) => a.details))).not.toMatch(/troll|192\.0\.2|example\.org/i);
    await recountAllPetitions();
    expect(await tally(petition.id)).toEqual(await freshCount(petition.id));
  });

  test("invalidating all of one network while 200 others sign and confirm loses nothing and counts nothing twice", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: ANTIBES });
    const stamp = Date.now();
    const network = networkHashFor("203.0.113.1") as string;
    await Promise.all(Array.from({ length: 40 }, (_, i) => sign(petition.id, { email: `bot${i}.${stamp}@example.org` }, { ip: `203.0.113.${i + 1}` })));
    await tallySignatures();
    expect(await tally(petition.id)).toEqual({ residents: 0, supporters: 40 });

    const honest = Array.from({ length: 200 }, (_, i) => ({
      email: `honest${i}.${stamp}@example.org`,
      postcode: i % 2 ? RESIDENT_POSTCODE : "75011",
      ip: `198.51.${100 + (i % 5)}.${(i % 250) + 1}`,
    }));
    const [, invalidation] = await Promise.all([
      Promise.all(honest.map(({ ip, ...overrides }) => sign(petition.id, overrides, { ip }))),
      moderateSignatures({
        petitionId: petition.id,
        organizerId,
        action: { intent: "invalidate", scope: "all", id: [], reason: "Rafale d’un même réseau" },
        filter: { network },
      }),
      tallySignatures(),
    ]);
    expect(invalidation.affected).toBe(40);
    await tallySignatures();
    expect(await db().signature.count({ where: { petitionId: petition.id, networkHash: network, invalidatedAt: null } })).toBe(0);
    expect(
      await db().signature.count({ where: { petitionId: petition.id, networkHash: { not: network }, invalidatedAt: null, confirmedAt: { not: null } } }),
    ).toBe(200);
    expect(await freshCount(petition.id)).toEqual({ residents: 100, supporters: 100 });
    expect(await tally(petition.id)).toEqual({ residents: 100, supporters: 100 });
  });
});

describe("fraud view", () => {
  test("groups by IP, network, domain and hour, largest first, within the window", async () => {
    const petition = await openPetition({ inseeCode: ANTIBES });
    const stamp = Date.now();
    for (let i = 0; i < 5; i++) await sign(petition.id, { email: `n${i}.${stamp}@burst.example` }, { ip: `203.0.113.${10 + (i % 2)}` });
    await sign(petition.id, { email: `lone.${stamp}@ok.example` }, { ip: "198.51.100.7" });
    const old = await sign(petition.id, { email: `old.${stamp}@old.example` }, { ip: "192.0.2.1" });
    await db()
      .$executeRaw`UPDATE signature SET created_at = now() - interval '3 hours' WHERE petition_id = ${petition.id}::uuid AND domain_index = ${domainIndexFor(old.email)}`;

    const day = await fraudGroups({ petitionId: petition.id, window: "day" });
    expect(day.network[0]).toMatchObject({ filter: { network: networkHashFor("203.0.113.1") }, total: 5, confirmed: 5 });
    expect(day.network).toHaveLength(3);
    expect(day.ip[0]).toMatchObject({ filter: { ipHash: ipHashFor("203.0.113.10") }, total: 3 });
    expect(day.domain.map((group) => [group.label, group.total])).toEqual([
      ["burst.example", 5],
      ["ok.example", 1],
      ["old.example", 1],
    ]);
    expect(day.hour.reduce((sum, group) => sum + group.total, 0)).toBe(7);
    const hour = await fraudGroups({ petitionId: petition.id, window: "hour" });
    expect(hour.domain.map((group) => group.label)).toEqual(["burst.example", "ok.example"]);
    // Each group's filter finds its signatures in the moderation list.
    expect((await listSignaturesForModeration({ petitionId: petition.id, filter: day.network[0].filter })).total).toBe(5);
    expect((await listSignaturesForModeration({ petitionId: petition.id, filter: { domain: day.domain[0].filter.domain } })).total).toBe(5);
  });
});

describe("the routes", () => {
  const cookieFor = async (organizerId: string) => (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";

  test("a stranger is sent to sign in; bad filters and actions answer 400 with the messages beside their fields", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: ANTIBES });
    await sign(petition.id, { email: `r.${Date.now()}@example.org` });
    const url = `http://localhost/admin/petitions/${petition.id}/signatures`;
    const params = { id: petition.id };

    for (const call of [
      () => moderationLoader({ request: new Request(url), params, context: {} }),
      () => fraudLoader({ request: new Request(url.replace("signatures", "fraude")), params, context: {} }),
      () =>
        moderationAction({ request: new Request(url, { method: "POST", body: new URLSearchParams({ intent: "delete", scope: "all" }) }), params, context: {} }),
    ]) {
      const response = await call().catch((thrown: Response) => thrown);
      expect(response).toBeInstanceOf(Response);
      expect((response as Response).status).toBe(302);
      expect((response as Response).headers.get("Location")).toMatch(/^\/connexion/);
    }
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(1);

    const cookie = await cookieFor(organizerId);
    const headers = { Cookie: cookie };
    const listed = (await moderationLoader({ request: new Request(url, { headers }), params, context: {} })).data;
    expect(listed.list?.total).toBe(1);

    const bad = (
      await moderationLoader({
        request: new Request(`${url}?ip=999.1.1.1&from=2026-02-01T10:00&to=2026-01-01T10:00&name=Dup`, { headers }),
        params,
        context: {},
      })
    ).data;
    expect(bad.list).toBeNull();
    expect(bad.filterErrors.ip).toEqual(["moderation.errors.ip"]);
    expect(bad.filterErrors.to).toEqual(["moderation.errors.window"]);
    expect(bad.typed).toMatchObject({ ip: "999.1.1.1", name: "Dup", from: "2026-02-01T10:00" });

    const [row] = listed.list?.signatures ?? [];
    const noReason = (await moderationAction({
      request: new Request(url, { method: "POST", headers, body: new URLSearchParams({ intent: "invalidate", scope: "selected", id: row.id, reason: "  " }) }),
      params,
      context: {},
    })) as unknown as { init: { status: number }; data: { errors: Record<string, string[]>; typed: { ids: string[] } } };
    expect(noReason.init.status).toBe(400);
    expect(noReason.data.errors.reason).toEqual(["moderation.errors.reason"]);
    expect(noReason.data.typed.ids).toEqual([row.id]);

    const done = (await moderationAction({
      request: new Request(`${url}?name=Camille`, {
        method: "POST",
        headers,
        body: new URLSearchParams({ intent: "invalidate", scope: "all", reason: "Doublon" }),
      }),
      params,
      context: {},
    })) as Response;
    expect(done.status).toBe(302);
    // Back to the same filtered list; the notice travels in a flash cookie, shown once on that page.
    expect(done.headers.get("Location")).toBe(`/admin/petitions/${petition.id}/signatures?name=Camille`);
    const flash = done.headers.get("Set-Cookie")!.split(";")[0];
    const shown = await moderationLoader({ request: new Request(`${url}?name=Camille`, { headers: { Cookie: `${cookie}; ${flash}` } }), params, context: {} });
    expect(shown.data.done).toEqual({ intent: "invalidate", count: 1 });
    expect(new Headers(shown.init?.headers).get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect((await moderationLoader({ request: new Request(`${url}?name=Camille`, { headers }), params, context: {} })).data.done).toBeNull();
    expect(await db().signature.count({ where: { petitionId: petition.id, invalidatedAt: { not: null } } })).toBe(1);

    // Deleting asks first: nothing is deleted until the second submit carries confirm=1.
    const asked = (await moderationAction({
      request: new Request(url, { method: "POST", headers, body: new URLSearchParams({ intent: "delete", scope: "selected", id: row.id }) }),
      params,
      context: {},
    })) as unknown as { data: { confirmDelete: { count: number }; typed: { ids: string[] } } };
    expect(asked.data.confirmDelete).toEqual({ count: 1 });
    expect(asked.data.typed.ids).toEqual([row.id]);
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(1);
    const deleted = (await moderationAction({
      request: new Request(url, { method: "POST", headers, body: new URLSearchParams({ intent: "delete", scope: "selected", id: row.id, confirm: "1" }) }),
      params,
      context: {},
    })) as Response;
    expect(deleted.headers.get("Location")).toBe(`/admin/petitions/${petition.id}/signatures`);
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(0);

    const fraud = await fraudLoader({ request: new Request(`${url.replace("signatures", "fraude")}?periode=hour`, { headers }), params, context: {} });
    expect(fraud.window).toBe("hour");
    expect(fraud.groups.network).toHaveLength(0);
  });
});

describe("hostile input", () => {
  test("odd filters and actions get a page or a 400, never a server error", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: ANTIBES });
    await sign(petition.id, { email: `h.${Date.now()}@example.org` });
    const cookie = (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
    const url = `http://localhost/admin/petitions/${petition.id}/signatures`;
    const params = { id: petition.id };
    const long = "a".repeat(100_000);
    const queries = [
      "name=%00%01&email=%00",
      `name=${long}`,
      "email=a@b.c&email=d@e.f",
      "page=-1",
      "page=1e9",
      "page=99999",
      "from=0000-01-01T00:00",
      "from=9999-12-31T23:59&to=9999-12-31T23:59:59",
      "from=2026-02-30T25:61",
      `ipHash=${"-".repeat(43)}`,
      `network=${"_".repeat(43)}`,
      "ip=::",
      "ip=0.0.0.0&ipNetwork=1",
      "ipNetwork=1",
      "ip=fe80::1%25eth0",
      "domain=a..b",
      "domain=%E2%80%AE.example",
      "commune=maybe&status=deleted",
      "postcode=%F0%9F%92%A9",
    ];
    for (const query of queries) {
      const result = (await moderationLoader({ request: new Request(`${url}?${query}`, { headers: { Cookie: cookie } }), params, context: {} })).data;
      expect(result.list === null || typeof result.list.total === "number", query).toBe(true);
    }
    const bodies: Record<string, string | string[]>[] = [
      { intent: "explode" },
      { intent: "invalidate", scope: "everything", reason: "x" },
      { intent: "invalidate", scope: "selected", id: "not-a-uuid", reason: "x" },
      { intent: "invalidate", scope: "selected", id: Array.from({ length: 600 }, () => crypto.randomUUID()), reason: "x" },
      { intent: "invalidate", scope: "selected", id: crypto.randomUUID(), reason: long },
      { intent: "delete", scope: "all", confirm: "2" },
      { intent: "revalidate", scope: "selected" },
      { intent: "invalidate", scope: "selected", id: crypto.randomUUID(), reason: "%00\u0000'; DROP TABLE signature; --" },
    ];
    for (const fields of bodies) {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(key, item);
      const response = (await moderationAction({
        request: new Request(`${url}?from=0000-01-01T00:00`, { method: "POST", headers: { Cookie: cookie }, body }),
        params,
        context: {},
      })) as unknown as Response | { init: { status: number } | null };
      const status = response instanceof Response ? response.status : (response.init?.status ?? 200);
      expect(status, JSON.stringify(fields).slice(0, 200)).toBeLessThan(500);
    }
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(1);
  });
});
