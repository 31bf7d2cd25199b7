// Unsubscribing from a petition's news (issue 28): the "delivered" and "answered" emails carry a
// link and RFC 8058's List-Unsubscribe headers. The token is the signature's id and a keyed hash
// of it: nothing to store, and it works for every email sent. Unsubscribing is one POST (the
// page's button, or a mail provider's one click), idempotent, and stops that petition's emails
// to that signer only.
import { blindIndex } from "~/utils/crypto.server";
import { safeEqual } from "~/utils/tokens.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";

export function newsUnsubscribeToken(signatureId: string) {
  return `${signatureId}.${blindIndex(`petition-news-unsubscribe:${signatureId}`).slice(0, 32)}`;
}

function signatureIdFromToken(token: string) {
  const [id, mac] = token.split(".");
  if (!id || !mac || !isUuid(id)) return null;
  return safeEqual(token, newsUnsubscribeToken(id)) ? id : null;
}

/** The page with a button (a GET changes nothing: mail scanners open links). */
export const newsUnsubscribeUrl = (signatureId: string) => `${env().PUBLIC_URL}/petitions/desabonnement/${newsUnsubscribeToken(signatureId)}`;
/** The List-Unsubscribe header's URL: RFC 8058's one-click POST, a resource route. */
export const newsOneClickUrl = (signatureId: string) => `${env().PUBLIC_URL}/petitions/desabonnement/un-clic/${newsUnsubscribeToken(signatureId)}`;

/** What the page shows: the petition's commune and whether it is done, never the address. */
export async function newsSubscriptionByToken({ token }: { token: string }) {
  const id = signatureIdFromToken(token);
  if (!id) return null;
  const signature = await db().signature.findUnique({
    where: { id },
    select: { newsOptOutAt: true, petition: { select: { commune: { select: { name: true } } } } },
  });
  return signature ? { unsubscribed: signature.newsOptOutAt !== null, communeName: signature.petition.commune.name } : null;
}

/** Stops this petition's news to this signer. Doing it twice is harmless. */
export async function unsubscribeFromPetitionNews({ token }: { token: string }): Promise<Result<object, "unknown">> {
  const id = signatureIdFromToken(token);
  if (!id) return fail("unknown");
  await db().signature.updateMany({ where: { id, newsOptOutAt: null }, data: { newsOptOutAt: new Date() } });
  return (await db().signature.count({ where: { id } })) === 1 ? ok() : fail("unknown");
}
