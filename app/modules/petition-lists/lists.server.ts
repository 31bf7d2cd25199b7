// The signing lists as organizers edit them (issue 28, item 2): blocked email domains, blocked
// addresses (kept only as the signatures' keyed index of the canonical address) and allowed
// networks. Every addition and removal is audited in the same transaction; the audit says which
// domain or network, never which address.
import { audit } from "~/models/audit.server";
import { emailIndexFor } from "~/modules/petitions/signature-index.server";
import { decrypt } from "~/utils/crypto.server";
import { TIME_ZONE, type CalendarDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { fail, ok, type Result } from "~/utils/result";
import type { AllowNetworkInput, ListKind } from "./schema";

const addedBy = { addedBy: { select: { email: true } } } as const;
/** Who added an entry: the organizer's address, in clear for the organizers' page only. */
const withAuthor = <T extends { addedBy: { email: string } | null }>({ addedBy, ...row }: T) => ({ ...row, addedBy: addedBy ? decrypt(addedBy.email) : null });

/** The three lists, newest first; networks whose last day is over stay listed a week. */
export async function listSigningLists(now = new Date()) {
  const [domains, addresses, networks] = await Promise.all([
    db().blockedEmailDomain.findMany({ orderBy: { domain: "asc" }, select: { id: true, domain: true, note: true, createdAt: true, ...addedBy } }),
    db().blockedEmailAddress.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, note: true, createdAt: true, ...addedBy } }),
    db().allowedNetwork.findMany({
      where: { validTo: { gt: new Date(now.getTime() - 7 * 86_400_000) } },
      orderBy: { validFrom: "asc" },
      select: { id: true, cidr: true, label: true, validFrom: true, validTo: true, createdAt: true, ...addedBy },
    }),
  ]);
  return {
    domains: domains.map(withAuthor),
    addresses: addresses.map(withAuthor),
    networks: networks.map((row) => ({
      ...withAuthor(row),
      state: row.validTo <= now ? ("over" as const) : row.validFrom > now ? ("upcoming" as const) : ("current" as const),
    })),
  };
}

export async function blockDomain({ domain, note, organizerId }: { domain: string; note: string; organizerId: string }): Promise<Result<object, "exists">> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.blockedEmailDomain.createManyAndReturn({
      data: [{ domain, note, addedById: organizerId }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!row) return fail("exists");
    await audit(tx, { organizerId, action: "petition-list.block-domain", subjectType: "blocked_email_domain", subjectId: row.id, details: { domain } });
    return ok();
  });
}

export async function blockAddress({ email, note, organizerId }: { email: string; note: string; organizerId: string }): Promise<Result<object, "exists">> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.blockedEmailAddress.createManyAndReturn({
      data: [{ emailIndex: emailIndexFor(email), note, addedById: organizerId }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!row) return fail("exists");
    await audit(tx, { organizerId, action: "petition-list.block-address", subjectType: "blocked_email_address", subjectId: row.id });
    return ok();
  });
}

const parisParts = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23", day: "2-digit" });

/** 00:00 in Paris on a day: 23:00 or 22:00 UTC the day before (winter or summer time). */
export function parisMidnight(day: CalendarDay): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000);
    const parts = Object.fromEntries(parisParts.formatToParts(candidate).map((part) => [part.type, part.value]));
    if (parts.hour === "00" && parts.minute === "00") return candidate;
  }
  return new Date(utcMidnight - 3_600_000);
}

const nextDay = (day: CalendarDay) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** From 00:00 on the first day to 24:00 on the last, Paris time. */
export async function allowNetwork({ input, organizerId }: { input: AllowNetworkInput; organizerId: string }) {
  const validFrom = parisMidnight(input.from);
  const validTo = parisMidnight(nextDay(input.to));
  return db().$transaction(async (tx) => {
    const row = await tx.allowedNetwork.create({
      data: { cidr: input.cidr, label: input.label, validFrom, validTo, addedById: organizerId },
      select: { id: true },
    });
    await audit(tx, {
      organizerId,
      action: "petition-list.allow-network",
      subjectType: "allowed_network",
      subjectId: row.id,
      details: { cidr: input.cidr, label: input.label, from: input.from, to: input.to },
    });
    return row;
  });
}

/** Removing an entry already removed (two organizers at once, a resubmitted form) does nothing. */
export async function removeListEntry({ kind, id, organizerId }: { kind: ListKind; id: string; organizerId: string }): Promise<Result<object, "gone">> {
  return db().$transaction(async (tx) => {
    let details: Record<string, string> = {};
    if (kind === "domain") {
      const [row] = await tx.blockedEmailDomain.findMany({ where: { id }, select: { domain: true } });
      if (!row || (await tx.blockedEmailDomain.deleteMany({ where: { id } })).count === 0) return fail("gone");
      details = { domain: row.domain };
    } else if (kind === "address") {
      if ((await tx.blockedEmailAddress.deleteMany({ where: { id } })).count === 0) return fail("gone");
    } else {
      const [row] = await tx.allowedNetwork.findMany({ where: { id }, select: { cidr: true, label: true } });
      if (!row || (await tx.allowedNetwork.deleteMany({ where: { id } })).count === 0) return fail("gone");
      details = { cidr: row.cidr, label: row.label };
    }
    const subjectType = { domain: "blocked_email_domain", address: "blocked_email_address", network: "allowed_network" }[kind];
    const action = { domain: "petition-list.unblock-domain", address: "petition-list.unblock-address", network: "petition-list.remove-network" }[kind];
    await audit(tx, { organizerId, action, subjectType, subjectId: id, details });
    return ok();
  });
}
