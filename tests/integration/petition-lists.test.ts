// The signing lists of issue 28 (item 2) on real PostgreSQL: blocked domains and addresses are
// refused at signing with the page every signer gets and nothing stored; allowed networks lift
// the per-IP limit only inside their network and dates; entries apply to every process within
// the cache delay, under concurrent signing; the admin's forms refuse what is not a domain, a
// network too wide, dates out of order.
import { randomUUID } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { signPetition } from "~/modules/petitions/petition.server";
import { allowNetwork, blockAddress, blockDomain, parisMidnight, removeListEntry } from "~/modules/petition-lists/lists.server";
import { AllowNetworkSchema, BlockDomainSchema } from "~/modules/petition-lists/schema";
import { isBlockedSigner, isInAllowedNetwork, LISTS_CACHE_MS } from "~/modules/petition-lists/signing.server";
import { db } from "~/utils/db.server";
import { parisDay } from "~/utils/dates";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { openPetition, signer } from "../factories/petition";
import { testOrganizer } from "../factories/newsletter";

// A small per-IP limit, so that a few signatures from one address reach it (read once, lazily).
process.env.RATE_LIMITS = "petition-sign:ip=3/600,petition-sign:email=off";

const unique = () => randomUUID().slice(0, 8);
/** Waits until every process's copy of the lists has been re-read (at most LISTS_CACHE_MS). */
const applied = (check: () => Promise<void>) => vi.waitFor(check, { timeout: LISTS_CACHE_MS * 10, interval: 100 });

/** A signature as a browser without JavaScript posts it, from `ip`. */
async function signThroughPage({ email, ip = "198.51.100.7" }: { email: string; ip?: string }) {
  const { action } = await import("~/routes/villes.$slug");
  const body = new URLSearchParams({
    firstName: "Camille",
    lastName: "Martin",
    email,
    postcode: "06000",
    consentProcessing: "on",
    [FORM_GUARD_FIELDS.honeypot]: "",
    // Issued a minute ago: a person's pace, not a bot's.
    [FORM_GUARD_FIELDS.token]: issueFormGuardToken(Date.now() - 60_000),
  });
  const request = new Request("http://localhost/villes/nice", { method: "POST", body });
  const response = (await action({ request, params: { slug: "nice" }, context: { socketAddress: ip } })) as unknown;
  if (response instanceof Response) return { status: response.status, location: response.headers.get("location") };
  return { status: (response as { init: { status: number } }).init.status, location: null };
}

async function stored(petitionId: string) {
  const [signatures, emails] = await Promise.all([
    db().signature.count({ where: { petitionId } }),
    db().emailMessage.count({ where: { template: "signature-confirm" } }),
  ]);
  return { signatures, emails };
}

describe("block lists at signing", () => {
  test("a blocked domain or address gets the signer's page, and nothing is stored", async () => {
    const petition = await openPetition();
    const organizerId = await testOrganizer();
    const domain = `troll-${unique()}.example`;
    const address = `Ann.Troll+${unique()}@Example.org`;
    expect((await blockDomain({ domain, note: "faux comptes", organizerId })).ok).toBe(true);
    expect((await blockAddress({ email: address, note: "troll connu", organizerId })).ok).toBe(true);
    await applied(async () => expect(await isBlockedSigner(`x@${domain}`)).toBe(true));

    const before = await stored(petition.id);
    // The address's variants (case, +tag) are the same person.
    const canonicalVariant = address.toLowerCase().replace(/\+[^@]*/, "");
    for (const email of [`anyone@${domain}`, address, canonicalVariant]) {
      const answer = await signThroughPage({ email, ip: `203.0.113.${Math.floor(Math.random() * 200) + 1}` });
      expect(answer).toEqual({ status: 302, location: "/villes/nice/verification" });
    }
    expect(await stored(petition.id)).toEqual(before);
    // The model says why; the page does not.
    expect(await signPetition({ petitionId: petition.id, input: signer({ email: `b@${domain}` }), ipHash: "h", lang: "fr" })).toEqual({
      ok: false,
      error: "blocked",
    });
    // Anyone else signs.
    expect(await signThroughPage({ email: `fine.${unique()}@example.org`, ip: "203.0.113.250" })).toEqual({
      status: 302,
      location: "/villes/nice/verification",
    });
    expect((await stored(petition.id)).signatures).toBe(before.signatures + 1);

    // The address is kept only as the signatures' keyed index: not in clear anywhere in its row.
    const rows = await db().blockedEmailAddress.findMany();
    expect(JSON.stringify(rows).toLowerCase()).not.toContain("troll@");
    // Both additions are audited; the audit names the domain, never the address.
    const entries = await db().auditEntry.findMany({ where: { organizerId }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["petition-list.block-domain", "petition-list.block-address"]);
    expect(entries[0].details).toEqual({ domain });
    expect(JSON.stringify(entries[1].details)).toBe("{}");
    // Adding the same entry twice is refused (the page says it is already there).
    expect(await blockDomain({ domain, note: "", organizerId })).toEqual({ ok: false, error: "exists" });
    expect(await blockAddress({ email: canonicalVariant, note: "", organizerId })).toEqual({ ok: false, error: "exists" });
  });

  test("subdomains: blocking a domain blocks the domains under it, not the one above it nor look-alikes", async () => {
    const organizerId = await testOrganizer();
    const base = `spam-${unique()}.example`;
    await blockDomain({ domain: base, note: "", organizerId });
    await blockDomain({ domain: `mail.other-${base}`, note: "", organizerId });
    await applied(async () => expect(await isBlockedSigner(`a@${base}`)).toBe(true));
    expect(await isBlockedSigner(`a@mx.eu.${base}`)).toBe(true);
    expect(await isBlockedSigner(`A@MX.${base.toUpperCase()}`)).toBe(true);
    // A domain that merely ends with the same letters is another domain.
    expect(await isBlockedSigner(`a@not${base}`)).toBe(false);
    // Blocking mail.other-… leaves other-… itself alone.
    expect(await isBlockedSigner(`a@mail.other-${base}`)).toBe(true);
    expect(await isBlockedSigner(`a@other-${base}`)).toBe(false);
  });

  test("googlemail.com counts as gmail.com, and an address's dots at Gmail do not matter", async () => {
    const organizerId = await testOrganizer();
    const local = `troll${unique()}`;
    await blockAddress({ email: `${local}@gmail.com`, note: "", organizerId });
    await applied(async () => expect(await isBlockedSigner(`${local}@gmail.com`)).toBe(true));
    expect(await isBlockedSigner(`${local.slice(0, 3)}.${local.slice(3)}+x@googlemail.com`)).toBe(true);
    expect(await isBlockedSigner(`${local}x@gmail.com`)).toBe(false);
  });

  test("removing an entry is audited and lets the domain sign again after the cache delay", async () => {
    const organizerId = await testOrganizer();
    const domain = `gone-${unique()}.example`;
    await blockDomain({ domain, note: "", organizerId });
    await applied(async () => expect(await isBlockedSigner(`a@${domain}`)).toBe(true));
    const { id } = await db().blockedEmailDomain.findUniqueOrThrow({ where: { domain } });
    expect(await removeListEntry({ kind: "domain", id, organizerId })).toEqual({ ok: true });
    expect(await removeListEntry({ kind: "domain", id, organizerId })).toEqual({ ok: false, error: "gone" });
    await applied(async () => expect(await isBlockedSigner(`a@${domain}`)).toBe(false));
    const last = await db().auditEntry.findFirstOrThrow({ where: { organizerId }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ action: "petition-list.unblock-domain", subjectId: id, details: { domain } });
  });

  test("50 signatures in parallel while a domain is blocked: nothing crashes, nothing is half-written, then the block applies", async () => {
    const petition = await openPetition();
    const organizerId = await testOrganizer();
    const domain = `rush-${unique()}.example`;
    const emails = Array.from({ length: 50 }, (_, i) => `rush${i}@${domain}`);
    const emailsBefore = (await stored(petition.id)).emails;
    const [results] = await Promise.all([
      Promise.all(emails.map((email) => signPetition({ petitionId: petition.id, input: signer({ email }), ipHash: `ip-${email}`, lang: "fr" }))),
      blockDomain({ domain, note: "pendant la vague", organizerId }),
    ]);
    for (const result of results) expect(result.ok || result.error === "blocked").toBe(true);
    const accepted = results.filter((result) => result.ok).length;
    const rows = await db().signature.findMany({ where: { petitionId: petition.id }, select: { id: true } });
    expect(rows).toHaveLength(accepted);
    // Every stored signature has its confirmation email: each was written whole or not at all.
    expect((await stored(petition.id)).emails - emailsBefore).toBe(accepted);
    await applied(async () => expect(await isBlockedSigner(`late@${domain}`)).toBe(true));
    expect(await signPetition({ petitionId: petition.id, input: signer({ email: `late@${domain}` }), ipHash: "late", lang: "fr" })).toEqual({
      ok: false,
      error: "blocked",
    });
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(accepted);
  });
});

const today = () => parisDay(Date.now());

describe("allowed networks", () => {
  test("only inside its network and its dates (IPv4 and IPv6)", async () => {
    const organizerId = await testOrganizer();
    const day = today();
    const v4 = `10.${Math.floor(Math.random() * 200) + 20}.0.0/16`;
    await allowNetwork({ input: { intent: "allow-network", cidr: v4, label: "stand marché de la Libération", from: day, to: day }, organizerId });
    await allowNetwork({ input: { intent: "allow-network", cidr: "2001:db8:aaaa::/48", label: "réunion publique", from: day, to: day }, organizerId });
    const [a, b] = v4.split(".");
    const inside = `${a}.${b}.255.1`;
    await applied(async () => expect(await isInAllowedNetwork(inside)).toBe(true));
    const start = parisMidnight(day).getTime();
    const validTo = (await db().allowedNetwork.findFirstOrThrow({ where: { cidr: v4 } })).validTo.getTime();
    expect(validTo - start).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(validTo - start).toBeLessThanOrEqual(25 * 3600_000);
    // Dates: the first instant counts, the instant before and the end do not.
    expect(await isInAllowedNetwork(inside, start)).toBe(true);
    expect(await isInAllowedNetwork(inside, validTo - 1)).toBe(true);
    expect(await isInAllowedNetwork(inside, start - 1)).toBe(false);
    expect(await isInAllowedNetwork(inside, validTo)).toBe(false);
    // Network: the next /16 is outside.
    expect(await isInAllowedNetwork(`${a}.${Number(b) + 1}.0.1`)).toBe(false);
    // IPv6: inside the /48, outside it, and an IPv4 address is never in an IPv6 network.
    expect(await isInAllowedNetwork("2001:db8:aaaa:ffff::42")).toBe(true);
    expect(await isInAllowedNetwork("2001:db8:aaab::1")).toBe(false);
    expect(await isInAllowedNetwork("not an address")).toBe(false);
    const audited = await db().auditEntry.findMany({ where: { organizerId, action: "petition-list.allow-network" } });
    expect(audited.map((entry) => entry.details)).toContainEqual({ cidr: v4, label: "stand marché de la Libération", from: day, to: day });
  });

  test("signing from an allowed network is not held back by the per-IP limit; from elsewhere it is", async () => {
    const petition = await openPetition();
    const organizerId = await testOrganizer();
    const day = today();
    await allowNetwork({ input: { intent: "allow-network", cidr: "192.0.2.0/24", label: "stand", from: day, to: day }, organizerId });
    await allowNetwork({ input: { intent: "allow-network", cidr: "2001:db8:bbbb::/48", label: "réunion", from: day, to: day }, organizerId });
    await applied(async () => expect(await isInAllowedNetwork("192.0.2.9")).toBe(true));
    await applied(async () => expect(await isInAllowedNetwork("2001:db8:bbbb::9")).toBe(true));
    for (const ip of ["192.0.2.9", "2001:db8:bbbb:1::9"]) {
      for (let i = 0; i < 6; i++) {
        expect((await signThroughPage({ email: `stand.${unique()}@example.org`, ip })).status).toBe(302);
      }
    }
    // The same pace from an address outside: the fourth is held back (429, the form comes back).
    const outside = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await signThroughPage({ email: `home.${unique()}@example.org`, ip: outside })).status);
    expect(statuses).toEqual([302, 302, 302, 429]);
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(15);
  });
});

describe("the admin's forms refuse", () => {
  test("what is not a domain, with a message saying what to write", () => {
    const cases: [string, string][] = [
      ["gmail", "admin.petitionLists.errors.domainBare"],
      ["http://x.fr", "admin.petitionLists.errors.domainLink"],
      ["a@b.fr", "admin.petitionLists.errors.domainAt"],
      ["exemple .fr", "admin.petitionLists.errors.domainSpace"],
      ["-x.fr", "admin.petitionLists.errors.domain"],
      ["", "admin.petitionLists.errors.domainRequired"],
    ];
    for (const [domain, message] of cases) {
      const result = BlockDomainSchema.safeParse({ intent: "block-domain", domain });
      expect(result.success, domain).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
    }
    expect(BlockDomainSchema.parse({ intent: "block-domain", domain: " Exemple.FR. " }).domain).toBe("exemple.fr");
  });

  test("networks wider than /16 or /48, what is not a CIDR, and dates out of order, past or too long", () => {
    const day = today();
    const inDays = (n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const refused = (input: Record<string, string>) => {
      const result = AllowNetworkSchema.safeParse({ intent: "allow-network", label: "stand", from: day, to: day, ...input });
      return result.success ? null : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(refused({ cidr: "0.0.0.0/0" })).toEqual(["cidr: admin.petitionLists.errors.cidrWide"]);
    expect(refused({ cidr: "::/0" })).toEqual(["cidr: admin.petitionLists.errors.cidrWide"]);
    expect(refused({ cidr: "10.0.0.0/8" })).toEqual(["cidr: admin.petitionLists.errors.cidrWide"]);
    expect(refused({ cidr: "2001:db8::/32" })).toEqual(["cidr: admin.petitionLists.errors.cidrWide"]);
    for (const cidr of ["192.0.2.1", "192.0.2.0/33", "300.0.0.0/24", "stand", "2001:db8:::/48"])
      expect(refused({ cidr })).toEqual(["cidr: admin.petitionLists.errors.cidr"]);
    expect(refused({ cidr: "192.0.2.0/24", from: inDays(2), to: inDays(1) })).toEqual(["to: admin.petitionLists.errors.order"]);
    expect(refused({ cidr: "192.0.2.0/24", from: inDays(-3), to: inDays(-1) })).toEqual(["to: admin.petitionLists.errors.past"]);
    expect(refused({ cidr: "192.0.2.0/24", from: day, to: inDays(31) })).toEqual(["to: admin.petitionLists.errors.tooLong"]);
    expect(refused({ cidr: "192.0.2.0/24", from: "2026-02-30" })).toEqual(["from: admin.petitionLists.errors.day"]);
    // Every field's error at once.
    expect(refused({ cidr: "::/0", label: "", from: inDays(2), to: inDays(1) })).toEqual([
      "cidr: admin.petitionLists.errors.cidrWide",
      "label: admin.petitionLists.errors.label",
      "to: admin.petitionLists.errors.order",
    ]);
    // The widest accepted, normalised: host bits cleared, IPv6 written short.
    expect(AllowNetworkSchema.parse({ intent: "allow-network", label: "stand", cidr: "172.16.9.9/16", from: day, to: inDays(30) }).cidr).toBe("172.16.0.0/16");
    expect(AllowNetworkSchema.parse({ intent: "allow-network", label: "stand", cidr: "2001:0DB8:0001:0000::/48", from: day, to: day }).cidr).toBe(
      "2001:db8:1::/48",
    );
  });
});
