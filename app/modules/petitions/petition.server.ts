import { randomUUID } from "node:crypto";
import type { PetitionStatus, Prisma } from "~/generated/prisma/client";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { SignPetitionInput } from "./sign-schema";
import type { EmailProps } from "../../../emails";
import { batcher } from "~/utils/batcher.server";
import { cached } from "~/utils/memo.server";
import { queueEmail, queueEmails } from "~/models/email-message.server";
import { confirmSubscriptionFromSignature, requestSubscription } from "~/modules/newsletter/subscriber.server";
import { domainIndexFor, emailIndexFor } from "./signature-index.server";
import { fail, ok, type Result } from "~/utils/result";
import { newToken, hashToken } from "~/utils/tokens.server";
import { canConfirm } from "./closing.server";
import { isBlockedSigner } from "~/modules/petition-lists/signing.server";
import { petitionStates } from "./states";

/** Statuses shown on the public site. */
export const PUBLIC_STATUSES: PetitionStatus[] = petitionStates("public");
/** At most this many emails per signature (confirmation plus "already signed" reminders). */
export const MAX_EMAILS_PER_SIGNATURE = 3;

/** Residents, supporters and their sum from a petition's tally row (none yet: zeros). */
export function counts(tally: { residents: number; supporters: number } | null) {
  const residents = tally?.residents ?? 0;
  const supporters = tally?.supporters ?? 0;
  return { count: residents + supporters, residents, supporters };
}

/** What every page shows of a petition: its text, state and the mayor's response. */
export const petitionText = {
  id: true,
  title: true,
  body: true,
  goal: true,
  status: true,
  mayorTitle: true,
  response: true,
  respondedAt: true,
  deliveredAt: true,
} satisfies Prisma.PetitionSelect;

/** The commune's current petition (the open one, else the latest public one) for its page. */
export async function getPetitionForCommune({ inseeCode }: { inseeCode: string }) {
  const petition = await db().petition.findFirst({
    where: { inseeCode, status: { in: PUBLIC_STATUSES } },
    orderBy: [{ openedAt: "desc" }],
    select: { ...petitionText, tally: { select: { residents: true, supporters: true, updatedAt: true } } },
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

/**
 * The open petitions nearest to a commune without one (issue 17): the same department first,
 * then the same region, then the most signed elsewhere. Communes carry no coordinates; the
 * administrative ties are what residents recognise anyway.
 */
export async function nearestOpenPetitions({ departmentCode, regionCode, take = 3 }: { departmentCode: string; regionCode: string; take?: number }) {
  const rows = await cached("open-petitions-near", 2_000, () =>
    db().petition.findMany({
      where: { status: "OPEN" },
      select: {
        id: true,
        title: true,
        commune: { select: { name: true, slug: true, departmentCode: true, regionCode: true } },
        tally: { select: { residents: true, supporters: true } },
      },
    }),
  );
  const closeness = (row: (typeof rows)[number]) => (row.commune.departmentCode === departmentCode ? 0 : row.commune.regionCode === regionCode ? 1 : 2);
  return rows
    .map((row) => ({ row, count: counts(row.tally).count }))
    .sort((a, b) => closeness(a.row) - closeness(b.row) || b.count - a.count)
    .slice(0, take)
    .map(({ row, count }) => ({
      id: row.id,
      title: row.title,
      count,
      commune: { name: row.commune.name, slug: row.commune.slug, departmentCode: row.commune.departmentCode },
    }));
}

/** Signature counts of the open petitions by commune (search results and suggestions). */
export async function openPetitionCounts(): Promise<Map<string, number>> {
  const rows = await cached("open-petition-counts", 2_000, () =>
    db().petition.findMany({ where: { status: "OPEN" }, select: { inseeCode: true, tally: { select: { residents: true, supporters: true } } } }),
  );
  return new Map(rows.map((row) => [row.inseeCode, counts(row.tally).count]));
}

export async function postcodeExists(postcode: string) {
  return (await db().communePostcode.count({ where: { postcode } })) > 0;
}

/** What signing needs to know about a petition, re-read at most once a second per process. */
const petitionForSigning = (petitionId: string) =>
  cached(`petition-for-signing:${petitionId}`, 1_000, () =>
    db().petition.findFirst({
      where: { id: petitionId, status: "OPEN" },
      select: { id: true, title: true, closesAt: true, commune: { select: { name: true, postcodes: true } } },
    }),
  );

type NewSignature = {
  id: string;
  petitionId: string;
  input: SignPetitionInput;
  isResident: boolean;
  lang: Lang;
  token: string;
  ipHash: string;
  confirmationProps: EmailProps<"signature-confirm">;
  /** Keyed hash of the signer's /24 or /64 network (fraud views, issue 28); null if unknown. */
  networkHash?: string | null;
};

/**
 * Writes a batch of new signatures, each with its confirmation email and that email's job, in
 * one transaction; a signature whose canonical address has already signed, or whose petition
 * closed meanwhile, is not written. Says which were.
 */
async function writeSignatures(signatures: NewSignature[]): Promise<boolean[]> {
  const column = <T>(value: (signature: NewSignature) => T) => signatures.map(value);
  return db().$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO signature (id, petition_id, first_name, last_name, email, email_index, domain_index, postcode,
                             is_resident, consented_at, show_name, wants_newsletter, lang, token_hash, ip_hash, may_contact, network_hash, country)
      SELECT id, petition_id, first_name, last_name, email, email_index, domain_index, postcode,
             is_resident, now(), show_name, wants_newsletter, lang, token_hash, ip_hash, may_contact, network_hash, country
      FROM unnest(
        ${column((s) => s.id)}::uuid[], ${column((s) => s.petitionId)}::uuid[],
        ${column((s) => encrypt(s.input.firstName))}::text[], ${column((s) => encrypt(s.input.lastName))}::text[],
        ${column((s) => encrypt(s.input.email))}::text[], ${column((s) => emailIndexFor(s.input.email))}::text[],
        ${column((s) => domainIndexFor(s.input.email))}::text[], ${column((s) => encrypt(s.input.postcode ?? ""))}::text[],
        ${column((s) => s.isResident)}::bool[], ${column((s) => s.input.showName)}::bool[],
        ${column((s) => s.input.wantsNewsletter)}::bool[], ${column((s) => s.lang)}::"Lang"[],
        ${column((s) => hashToken(s.token))}::text[], ${column((s) => s.ipHash)}::text[],
        ${column((s) => s.input.mayContact)}::bool[], ${column((s) => s.networkHash ?? null)}::text[],
        ${column((s) => s.input.country)}::text[]
      ) AS t(id, petition_id, first_name, last_name, email, email_index, domain_index, postcode,
             is_resident, show_name, wants_newsletter, lang, token_hash, ip_hash, may_contact, network_hash, country)
      WHERE EXISTS (SELECT 1 FROM petition p WHERE p.id = t.petition_id AND p.status = 'OPEN' AND (p.closes_at IS NULL OR p.closes_at > now()))
      ON CONFLICT (petition_id, email_index) DO NOTHING
      RETURNING id::text`;
    const written = new Set(inserted.map((row) => row.id));
    const fresh = signatures.filter((signature) => written.has(signature.id));
    // The newsletter consent: a pending subscription, without an email of its own; confirming
    // the signature proves the address and confirms it (see confirmSignature).
    for (const { input, lang } of fresh.filter((signature) => signature.input.wantsNewsletter)) {
      await requestSubscription(tx, { email: input.email, lang, source: "petition", sendConfirmation: false });
    }
    await queueEmails(
      tx,
      fresh.map((signature) => ({
        key: `signature/${signature.id}/1`,
        template: "signature-confirm",
        to: signature.input.email,
        lang: signature.lang,
        props: signature.confirmationProps,
      })),
    );
    return signatures.map((signature) => written.has(signature.id));
  });
}

/** Signatures arriving together are written together (app/utils/batcher.server.ts). */
const writeSignature = batcher(writeSignatures);

/**
 * Records a signature and its confirmation email in one transaction (shared, under load, with
 * the signatures arriving at the same moment). Signing again with the same canonical address
 * changes nothing but sends a reminder (with a fresh link if still unconfirmed), at most
 * MAX_EMAILS_PER_SIGNATURE emails per signature. The caller answers the same in every case.
 */
export async function signPetition({
  petitionId,
  input,
  ipHash,
  lang,
  networkHash = null,
}: {
  petitionId: string;
  input: SignPetitionInput;
  ipHash: string;
  lang: Lang;
  networkHash?: string | null;
}): Promise<Result<{ repeat: boolean }, "closed" | "blocked">> {
  const petition = await petitionForSigning(petitionId);
  // Past its closing date, a petition takes no signature, even before the job has closed it.
  if (!petition || (petition.closesAt && petition.closesAt <= new Date())) return fail("closed");
  // A blocked domain or address (issue 28): nothing is written; the caller answers as to a signer.
  if (await isBlockedSigner(input.email)) return fail("blocked");
  const token = newToken();
  const confirmationProps = {
    petitionTitle: petition.title,
    communeName: petition.commune.name,
    url: `${env().PUBLIC_URL}/signature/${token}`,
    again: false,
    alreadyConfirmed: false,
  };
  // From abroad (issue 28): a supporter, with a country and no postcode.
  const isResident = input.postcode !== null && petition.commune.postcodes.includes(input.postcode);
  const signature = { id: randomUUID(), petitionId, input, isResident, lang, token, ipHash, confirmationProps, networkHash };
  if (await writeSignature(signature)) return ok({ repeat: false });
  return signAgain(signature);
}

/** Signed before (or the petition has just closed): a reminder, within the cap. */
async function signAgain({ petitionId, input, lang, token, confirmationProps }: NewSignature) {
  const emailIndex = emailIndexFor(input.email);
  return db().$transaction(async (tx) => {
    const open = await tx.petition.count({ where: { id: petitionId, status: "OPEN", OR: [{ closesAt: null }, { closesAt: { gt: new Date() } }] } });
    if (open === 0) return fail("closed");
    if (input.wantsNewsletter) await requestSubscription(tx, { email: input.email, lang, source: "petition", sendConfirmation: false });
    // The row is locked so that concurrent repeats count right.
    const [existing] = await tx.$queryRaw<{ id: string; confirmed_at: Date | null; emails_sent: number }[]>`
      SELECT id::text, confirmed_at, emails_sent FROM signature
      WHERE petition_id = ${petitionId}::uuid AND email_index = ${emailIndex} FOR UPDATE`;
    if (!existing || existing.emails_sent >= MAX_EMAILS_PER_SIGNATURE) return ok({ repeat: true });
    const sent = existing.emails_sent + 1;
    await tx.signature.update({
      where: { id: existing.id },
      data: { emailsSent: sent, ...(existing.confirmed_at ? {} : { tokenHash: hashToken(token) }) },
    });
    await queueEmail(tx, {
      key: `signature/${existing.id}/${sent}`,
      template: "signature-confirm",
      to: input.email,
      lang,
      props: { ...confirmationProps, again: true, alreadyConfirmed: existing.confirmed_at !== null },
    });
    return ok({ repeat: true });
  });
}

/** The POST behind the emailed link. Confirming twice is harmless. */
export async function confirmSignature({ token }: { token: string }): Promise<Result<{ communeSlug: string; wantsNewsletter: boolean }, "unknown" | "closed">> {
  const signature = await db().signature.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      confirmedAt: true,
      invalidatedAt: true,
      wantsNewsletter: true,
      createdAt: true,
      petition: { select: { status: true, closedAt: true, closesAt: true, commune: { select: { slug: true } } } },
    },
  });
  if (!signature || signature.invalidatedAt) return fail("unknown");
  if (!signature.confirmedAt) {
    // Closed meanwhile: a signature made before closing still counts during the grace period.
    if (!canConfirm({ petition: signature.petition, signedAt: signature.createdAt })) return fail("closed");
    await db().$transaction(async (tx) => {
      const { count } = await tx.signature.updateMany({ where: { id: signature.id, confirmedAt: null }, data: { confirmedAt: new Date() } });
      if (count === 1 && signature.wantsNewsletter) await confirmSubscriptionFromSignature(tx, { email: decrypt(signature.email) });
    });
  }
  return ok({ communeSlug: signature.petition.commune.slug, wantsNewsletter: signature.wantsNewsletter });
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
