// "My data" (/mes-donnees): a person asks for a link by email, and whoever holds the link sees,
// exports and deletes what the site holds for that address. Every query is scoped here to the
// link's address, never trusted from the route. Feature modules contribute their part (their
// privacy.server.ts: `{ kind, collect, erase } satisfies PersonalDataPart`), assembled in PARTS:
// this file is the "my data" assembly point. The link's own rule and policy entry are in
// ./privacy.server.ts, its email in ./emails/, the forms in ./schema.ts.
import { sameAddress } from "~/utils/email-address";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { DATA_ACCESS_LINK_MINUTES } from "~/utils/retention-periods";
import { deleteDocuments } from "~/utils/uploads.server";
import { documentRequestPersonalData } from "~/modules/document-requests/privacy.server";
import { donationsOf } from "~/modules/donations/privacy.server";
import { eraseVolunteer, volunteerOf } from "~/modules/volunteers/privacy.server";
import { eraseSubscription, subscriptionOf } from "~/modules/newsletter/privacy.server";
import { eraseSignatures, signaturesOf } from "~/modules/petitions/privacy.server";
import { eraseReports, reportsOf } from "~/modules/projects/privacy.server";
import { erasePetitionRequests, petitionRequestsOf } from "~/modules/petition-requests/privacy.server";
import { mandatePersonalData } from "~/modules/mandates/privacy.server";
import { eventPersonalData } from "~/modules/events/privacy.server";
import { groupMembershipPersonalData, groupMessagePersonalData, groupRequestPersonalData } from "~/modules/groups/privacy.server";
import type { PersonalDataPart } from "~/utils/privacy";
import { queueEmail, recipientIndexFor } from "~/models/email-message.server";
import { newToken, hashToken } from "~/utils/tokens.server";

/** Sends a link to the address, known or not: the page answers the same either way. */
export async function requestDataAccess({ email, lang, now = new Date() }: { email: string; lang: Lang; now?: Date }) {
  const token = newToken();
  await db().$transaction(async (tx) => {
    const row = await tx.dataAccessToken.create({
      data: { tokenHash: hashToken(token), email: encrypt(email), lang, expiresAt: new Date(now.getTime() + DATA_ACCESS_LINK_MINUTES * 60_000) },
      select: { id: true },
    });
    await queueEmail(tx, {
      key: `data-access/${row.id}`,
      template: "data-access",
      to: email,
      lang,
      props: { url: `${env().PUBLIC_URL}/mes-donnees/${token}`, minutes: DATA_ACCESS_LINK_MINUTES },
    });
  });
}

/** The address a valid link stands for; null for an unknown or expired link. */
export async function emailForToken(token: string, now = new Date()) {
  const row = await db().dataAccessToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { email: true, expiresAt: true } });
  if (!row || row.expiresAt <= now) return null;
  return decrypt(row.email);
}

/** The feature modules' parts, by the key the page and the export use for each. */
const PARTS = {
  documentRequests: documentRequestPersonalData,
  mandates: mandatePersonalData,
  groupMemberships: groupMembershipPersonalData,
  groupRequests: groupRequestPersonalData,
  groupMessages: groupMessagePersonalData,
  eventRegistrations: eventPersonalData,
} satisfies Record<string, PersonalDataPart>;
type PartsData = { [Key in keyof typeof PARTS]: Awaited<ReturnType<(typeof PARTS)[Key]["collect"]>> };

async function collectParts(email: string): Promise<PartsData> {
  const entries = await Promise.all(Object.entries(PARTS).map(async ([key, part]) => [key, await part.collect(email)] as const));
  // Object.fromEntries loses the keys' type; the entries are PARTS's, each with its own collect's result.
  return Object.fromEntries(entries) as PartsData;
}

/** Everything the site holds for an address, decrypted: what the page shows and the export contains. */
export async function collectData(email: string) {
  const [signatures, volunteer, subscription, reports, parts, donations, emails, petitionRequests] = await Promise.all([
    signaturesOf(email),
    volunteerOf(email),
    subscriptionOf(email),
    reportsOf(email),
    collectParts(email),
    donationsOf(email),
    db().emailMessage.count({ where: { recipientIndex: recipientIndexFor(email) } }),
    petitionRequestsOf(email),
  ]);
  return {
    email,
    signatures,
    volunteer,
    subscription,
    reports,
    ...parts,
    donations,
    petitionRequests,
    emailsOnRecord: emails,
  };
}

export type MyData = Awaited<ReturnType<typeof collectData>>;

export type DeleteTarget =
  | { kind: "signature" | "report" | "petitionRequest" | (typeof PARTS)[keyof typeof PARTS]["kind"]; id: string }
  | { kind: "volunteer" | "subscription" | "all" };

/** Deletes one item (or everything that may be deleted) of the address; what is not theirs is left alone. */
export async function deleteData(email: string, target: DeleteTarget) {
  const kinds = (kind: DeleteTarget["kind"]) => target.kind === "all" || target.kind === kind;
  const documentIds: string[] = [];
  await db().$transaction(async (tx) => {
    if (kinds("signature")) await eraseSignatures(tx, email, target.kind === "signature" ? target.id : null);
    if (kinds("petitionRequest")) await erasePetitionRequests(tx, email, target.kind === "petitionRequest" ? target.id : null);
    if (kinds("volunteer")) await eraseVolunteer(tx, email);
    if (kinds("subscription")) await eraseSubscription(tx, email);
    if (kinds("report")) documentIds.push(...(await eraseReports(tx, email, target.kind === "report" ? target.id : null)));
    for (const part of Object.values(PARTS)) {
      if (kinds(part.kind)) documentIds.push(...(await part.erase(tx, email, "id" in target ? target.id : null)));
    }
    if (target.kind === "all") {
      // The emails on record (including the one that brought this link) and every "my data" link.
      // A queued email not yet taken into a provider batch goes; one already in a batch is being
      // sent at this very moment (its batch's content is fixed): it is left to finish, and goes
      // after EMAIL_SENT_DAYS.
      await tx.emailMessage.deleteMany({
        where: { recipientIndex: recipientIndexFor(email), NOT: { status: "QUEUED", batchId: { not: null } } },
      });
      const links = await tx.dataAccessToken.findMany({ select: { id: true, email: true }, take: 10_000 });
      await tx.dataAccessToken.deleteMany({ where: { id: { in: links.filter((link) => sameAddress(decrypt(link.email), email)).map((link) => link.id) } } });
    }
  });
  await deleteDocuments(documentIds);
}
