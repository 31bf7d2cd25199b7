// What local groups promise about personal data, and do (issue 25): their retention rules (run by
// the nightly job, app/jobs/retention.server.ts), the privacy policy's entries (which print the
// same constants) and their parts of "my data" (/mes-donnees). Announcement deliveries are
// outbox emails: they follow the emails' rule (EMAIL_SENT_DAYS), as digests do.
import type { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { sameAddress } from "~/utils/email-address";
import type { PersonalDataPart, PrivacyEntry } from "~/utils/privacy";
import { daysBefore, EMAIL_SENT_DAYS, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";
import { CONTACT_MESSAGE_DAYS } from "./contact.server";
import { memberIndexFor } from "./membership.server";
import { groupRequestIndexFor } from "./request.server";

/** A decided start request (approved or declined) is kept this long after the decision, then goes. */
export const GROUP_REQUEST_DECIDED_DAYS = 30;

export const groupRetentionRules = [
  {
    name: `group memberships left unconfirmed for ${UNCONFIRMED_DAYS} days`,
    models: ["GroupMember"],
    run: async (now: Date) => (await db().groupMember.deleteMany({ where: { confirmedAt: null, createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } } })).count,
  },
  {
    name: `group start requests left unconfirmed for ${UNCONFIRMED_DAYS} days`,
    models: ["GroupRequest"],
    run: async (now: Date) =>
      (await db().groupRequest.deleteMany({ where: { confirmedAt: null, createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } } })).count,
  },
  {
    name: `group start requests decided ${GROUP_REQUEST_DECIDED_DAYS} days ago`,
    models: ["GroupRequest"],
    run: async (now: Date) =>
      (await db().groupRequest.deleteMany({ where: { status: { not: "PENDING" }, decidedAt: { lt: daysBefore(now, GROUP_REQUEST_DECIDED_DAYS) } } })).count,
  },
  {
    name: `group contact messages older than ${CONTACT_MESSAGE_DAYS} days`,
    models: ["GroupContactMessage"],
    run: async (now: Date) => (await db().groupContactMessage.deleteMany({ where: { createdAt: { lt: daysBefore(now, CONTACT_MESSAGE_DAYS) } } })).count,
  },
] satisfies RetentionRule[];

const membersEntry = {
  id: "groupMembers",
  basis: "consent",
  models: ["GroupMember", "GroupAnnouncement", "LocalGroup", "GroupTerritory", "GroupCoordinator"],
  values: { unconfirmedDays: UNCONFIRMED_DAYS, emailDays: EMAIL_SENT_DAYS },
  recipients: ["resend"],
} satisfies PrivacyEntry;

const requestsEntry = {
  id: "groupRequests",
  basis: "consent",
  models: ["GroupRequest"],
  values: { unconfirmedDays: UNCONFIRMED_DAYS, decidedDays: GROUP_REQUEST_DECIDED_DAYS },
  recipients: ["resend"],
} satisfies PrivacyEntry;

const messagesEntry = {
  id: "groupMessages",
  basis: "legitimateInterest",
  models: ["GroupContactMessage"],
  values: { days: CONTACT_MESSAGE_DAYS },
  recipients: ["resend"],
} satisfies PrivacyEntry;

export const groupPrivacyEntries: PrivacyEntry[] = [membersEntry, requestsEntry, messagesEntry];

/** "My data": the address's memberships (deleting one is leaving the group). */
export const groupMembershipPersonalData = {
  kind: "groupMembership" as const,
  collect: async (email: string) => {
    const rows = await db().groupMember.findMany({
      where: { emailIndex: memberIndexFor(email) },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        wantsEvents: true,
        wantsAnnouncements: true,
        createdAt: true,
        confirmedAt: true,
        source: true,
        group: { select: { name: true, slug: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      group: row.group.name,
      slug: row.group.slug,
      wantsEvents: row.wantsEvents,
      wantsAnnouncements: row.wantsAnnouncements,
      source: row.source,
      createdAt: row.createdAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
    }));
  },
  erase: async (tx: Prisma.TransactionClient, email: string, id: string | null) => {
    await tx.groupMember.deleteMany({ where: { emailIndex: memberIndexFor(email), ...(id ? { id } : {}) } });
    return [];
  },
} satisfies PersonalDataPart;

/** "My data": the address's requests to start a group. */
export const groupRequestPersonalData = {
  kind: "groupRequest" as const,
  collect: async (email: string) => {
    const rows = await db().groupRequest.findMany({
      where: { emailIndex: groupRequestIndexFor(email) },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, message: true, status: true, createdAt: true, confirmedAt: true, commune: { select: { name: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      commune: row.commune.name,
      name: decrypt(row.name),
      message: decrypt(row.message),
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
    }));
  },
  erase: async (tx: Prisma.TransactionClient, email: string, id: string | null) => {
    await tx.groupRequest.deleteMany({ where: { emailIndex: groupRequestIndexFor(email), ...(id ? { id } : {}) } });
    return [];
  },
} satisfies PersonalDataPart;

/** Contact messages have no index (they live 90 days): found by decrypting their senders' addresses. */
async function messageIdsOf(client: Prisma.TransactionClient | ReturnType<typeof db>, email: string) {
  const rows = await client.groupContactMessage.findMany({ select: { id: true, email: true }, orderBy: { createdAt: "asc" }, take: 20_000 });
  return rows.filter((row) => sameAddress(decrypt(row.email), email)).map((row) => row.id);
}

/** "My data": the messages the address sent to groups. */
export const groupMessagePersonalData = {
  kind: "groupMessage" as const,
  collect: async (email: string) => {
    const ids = await messageIdsOf(db(), email);
    const rows = await db().groupContactMessage.findMany({
      where: { id: { in: ids } },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, body: true, createdAt: true, repliedAt: true, group: { select: { name: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      group: row.group.name,
      name: decrypt(row.name),
      body: decrypt(row.body),
      createdAt: row.createdAt.toISOString(),
      repliedAt: row.repliedAt?.toISOString() ?? null,
    }));
  },
  erase: async (tx: Prisma.TransactionClient, email: string, id: string | null) => {
    const ids = await messageIdsOf(tx, email);
    await tx.groupContactMessage.deleteMany({ where: { id: { in: id ? ids.filter((candidate) => candidate === id) : ids } } });
    return [];
  },
} satisfies PersonalDataPart;
