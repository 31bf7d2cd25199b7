// The way out under a petition's news (issue 28), in the emails that carry it: the "delivered" and
// "answered" emails (./emails/) and organizers' messages to signers (app/modules/petition-mailing/).
// The links themselves are made on the server (news-unsubscribe.server.ts).
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import type { Translate } from "~/utils/i18n";
import { paragraph, longLink } from "../../../emails/layout";

/** RFC 8058: one click in the mail client stops this petition's news for this signer. */
export function petitionNewsHeaders({ oneClickUrl }: { oneClickUrl?: string }) {
  return oneClickUrl ? { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
}

/** The link under a petition's news: no more emails about this petition. */
export function PetitionNewsUnsubscribe({ t, unsubscribeUrl }: { t: Translate; unsubscribeUrl?: string }) {
  return unsubscribeUrl ? (
    <Text style={paragraph}>
      {t("email.petitionNews.unsubscribe")}{" "}
      <Link href={unsubscribeUrl} style={longLink}>
        {unsubscribeUrl}
      </Link>
    </Text>
  ) : null;
}
