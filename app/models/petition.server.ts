import { createHash, randomBytes } from "node:crypto";
import type { PetitionStatus } from "~/generated/prisma/client";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { SignPetitionInput } from "~/schemas/petition-signature";
import { queueEmail } from "./email-message.server";
import { confirmSubscriptionFromSignature, requestSubscription } from "./subscriber.server";
import { domainIndexFor, emailIndexFor } from "./signature-index.server";

/** Statuses shown on the public site; DRAFT never is. */
export const PUBLIC_STATUSES: PetitionStatus[] = ["OPEN", "CLOSED", "DELIVERED", "ANSWERED"];
/** At most this many emails per signature (confirmation plus "already signed" reminders). */
export const MAX_EMAILS_PER_SIGNATURE = 3;
const DAY = 24 * 3600_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
const newToken = () => randomBytes(32).toString("base64url");

function counts(tally: { residents: number; supporters: number } | null) {
  const residents = tally?.residents ?? 0;
  const supporters = tally?.supporters ?? 0;
  return { count: residents + supporters, residents, supporters };
}

/** The commune's current petition (the open one, else the latest public one) for its page. */
export async function getPetitionForCommune({ inseeCode }: { inseeCode: string }) {
  const petition = await db().petition.findFirst({
    where: { inseeCode, status: { in: PUBLIC_STATUSES } },
    orderBy: [{ openedAt: "desc" }],
    select: {
      id: true,
      title: true,
      body: true,
      goal: true,
      status: true,
      mayorTitle: true,
      response: true,
      respondedAt: true,
      deliveredAt: true,
      tally: { select: { residents: true, supporters: true, updatedAt: true } },
    },
  });
  if (!petition) return null;
  const { tally, ...rest } = petition;
  return { ...rest, ...counts(tally), updatedAt: tally?.updatedAt ?? null };
}

/** First names and initials of the latest confirmed signers who agreed to be shown. */
export async function recentPublicSigners({ petitionId, take = 8 }: { petitionId: string; take?: number }) {
  const rows = await db().signature.findMany({
    where: { petitionId, showName: true, confirmedAt: { not: null }, invalidatedAt: null },
    orderBy: { confirmedAt: "desc" },
    take,
    select: { id: true, firstName: true, lastName: true },
  });
  return rows.map((row) => ({ id: row.id, name: `${decrypt(row.firstName)} ${decrypt(row.lastName).charAt(0).toUpperCase()}.` }));
}

export type PetitionSort = "count" | "city";

export async function listPublicPetitions({ sort = "count", status = ["OPEN"] }: { sort?: PetitionSort; status?: PetitionStatus[] } = {}) {
  const rows = await db().petition.findMany({
    where: { status: { in: status } },
    select: {
      id: true,
      title: true,
      goal: true,
      status: true,
      updatedAt: true,
      commune: { select: { name: true, slug: true, departmentCode: true } },
      tally: { select: { residents: true, supporters: true, updatedAt: true } },
    },
  });
  const petitions = rows.map(({ tally, ...rest }) => ({ ...rest, ...counts(tally), updatedAt: tally?.updatedAt ?? rest.updatedAt }));
  return petitions.sort((a, b) =>
    sort === "city" ? a.commune.name.localeCompare(b.commune.name, "fr") : b.count - a.count || a.commune.name.localeCompare(b.commune.name, "fr"),
  );
}

export async function postcodeExists(postcode: string) {
  return (await db().communePostcode.count({ where: { postcode } })) > 0;
}

/**
 * Records a signature and its confirmation email in one transaction. Signing again with the
 * same canonical address changes nothing but sends a reminder (with a fresh link if still
 * unconfirmed), at most MAX_EMAILS_PER_SIGNATURE emails per signature. The caller answers
 * the same in every case.
 */
export async function signPetition({
  petitionId,
  input,
  ipHash,
  lang,
}: {
  petitionId: string;
  input: SignPetitionInput;
  ipHash: string;
  lang: Lang;
}) {
  const petition = await db().petition.findFirst({
    where: { id: petitionId, status: "OPEN" },
    select: { id: true, title: true, commune: { select: { name: true, postcodes: true } } },
  });
  if (!petition) return { status: "closed" as const };
  const token = newToken();
  const emailIndex = emailIndexFor(input.email);
  return db().$transaction(async (tx) => {
    const inserted = await tx.signature.createManyAndReturn({
      data: {
        petitionId,
        firstName: encrypt(input.firstName),
        lastName: encrypt(input.lastName),
        email: encrypt(input.email),
        emailIndex,
        domainIndex: domainIndexFor(input.email),
        postcode: encrypt(input.postcode),
        isResident: petition.commune.postcodes.includes(input.postcode),
        consentedAt: new Date(),
        showName: input.showName,
        wantsNewsletter: input.wantsNewsletter,
        lang,
        tokenHash: hashToken(token),
        ipHash,
      },
      skipDuplicates: true,
      select: { id: true },
    });
    // The newsletter consent: a pending subscription, without an email of its own; confirming
    // the signature proves the address and confirms it (see confirmSignature).
    if (input.wantsNewsletter) await requestSubscription(tx, { email: input.email, lang, source: "petition", sendConfirmation: false });
    const email = { template: "signature-confirm" as const, to: input.email, lang };
    const props = { petitionTitle: petition.title, communeName: petition.commune.name, url: `${env().PUBLIC_URL}/signature/${token}` };
    if (inserted.length === 1) {
      await queueEmail(tx, { ...email, key: `signature/${inserted[0].id}/1`, props: { ...props, again: false, alreadyConfirmed: false } });
      return { status: "signed" as const };
    }
    // Signed before: a reminder, within the cap. The row is locked so concurrent repeats count right.
    const [existing] = await tx.$queryRaw<{ id: string; confirmed_at: Date | null; emails_sent: number }[]>`
      SELECT id::text, confirmed_at, emails_sent FROM signature
      WHERE petition_id = ${petitionId}::uuid AND email_index = ${emailIndex} FOR UPDATE`;
    if (!existing || existing.emails_sent >= MAX_EMAILS_PER_SIGNATURE) return { status: "repeat" as const };
    const sent = existing.emails_sent + 1;
    await tx.signature.update({
      where: { id: existing.id },
      data: { emailsSent: sent, ...(existing.confirmed_at ? {} : { tokenHash: hashToken(token) }) },
    });
    await queueEmail(tx, {
      ...email,
      key: `signature/${existing.id}/${sent}`,
      props: { ...props, again: true, alreadyConfirmed: existing.confirmed_at !== null },
    });
    return { status: "repeat" as const };
  });
}

/** The POST behind the emailed link. Confirming twice is harmless. */
export async function confirmSignature({ token }: { token: string }) {
  const signature = await db().signature.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, confirmedAt: true, invalidatedAt: true, wantsNewsletter: true, petition: { select: { status: true, commune: { select: { slug: true } } } } },
  });
  if (!signature || signature.invalidatedAt) return { ok: false as const };
  if (!signature.confirmedAt) {
    if (signature.petition.status !== "OPEN") return { ok: false as const, closed: true };
    await db().$transaction(async (tx) => {
      const { count } = await tx.signature.updateMany({ where: { id: signature.id, confirmedAt: null }, data: { confirmedAt: new Date() } });
      if (count === 1 && signature.wantsNewsletter) await confirmSubscriptionFromSignature(tx, { email: decrypt(signature.email) });
    });
  }
  return { ok: true as const, communeSlug: signature.petition.commune.slug, wantsNewsletter: signature.wantsNewsletter };
}

/** Open data: what /…/petition.json and /petitions.json publish. */
export function petitionOpenData(petition: {
  id: string;
  title: string;
  goal: number;
  status: PetitionStatus;
  count: number;
  residents: number;
  supporters: number;
  updatedAt: Date | null;
}) {
  return {
    id: petition.id,
    title: petition.title,
    status: petition.status.toLowerCase(),
    goal: petition.goal,
    count: petition.count,
    residents: petition.residents,
    supporters: petition.supporters,
    updatedAt: petition.updatedAt?.toISOString() ?? null,
  };
}

export const signatureRetentionRules = [
  {
    name: "signatures left unconfirmed for 7 days",
    run: async (now: Date) =>
      (await db().signature.deleteMany({ where: { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - 7 * DAY) } } })).count,
  },
];
