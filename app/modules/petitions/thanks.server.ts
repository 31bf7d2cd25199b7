// What the thank-you pages know (issue 28). The page at /villes/<slug>/merci can be opened by
// anyone, from a shared copy of its address: it claims nothing about a signature. Only the
// confirmation link's page, whose token names one signature, says that this signature counts,
// and only once the database says it is confirmed.
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { translator, type Lang } from "~/utils/i18n";
import { hashToken } from "~/utils/tokens.server";
import type { PetitionShare } from "./share";

/** What the share block says about a petition (its absolute address, the words sent with it), in a language. */
export function petitionShare({ communeName, communeSlug, lang }: { communeName: string; communeSlug: string; lang: Lang }): PetitionShare {
  const t = translator(lang);
  const url = `${env().PUBLIC_URL}/villes/${communeSlug}`;
  return {
    url,
    communeSlug,
    subject: t("petition.thanks.shareSubject", { commune: communeName }),
    body: t("petition.share.emailBody", { commune: communeName, url }),
  };
}

/** The signature a confirmation token names, as its page shows it; null for an unknown or invalidated one. */
export async function signatureForToken({ token }: { token: string }) {
  const signature = await db().signature.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { confirmedAt: true, invalidatedAt: true, wantsNewsletter: true, petition: { select: { commune: { select: { name: true, slug: true } } } } },
  });
  if (!signature || signature.invalidatedAt) return null;
  return {
    confirmed: signature.confirmedAt !== null,
    wantsNewsletter: signature.wantsNewsletter,
    communeName: signature.petition.commune.name,
    communeSlug: signature.petition.commune.slug,
  };
}
