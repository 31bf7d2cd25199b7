import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailLayout, FallbackLink, longLink, paragraph } from "../../../../emails/layout";
import { TextBody } from "./text-body";

export const announcementProps = z.object({
  groupName: z.string(),
  subject: z.string(),
  body: z.string(),
  url: z.url(),
  /** The member's personal page: what they receive, leave. */
  memberUrl: z.url(),
  /** RFC 8058's one-click POST: no more announcements. */
  oneClickUrl: z.url(),
});
export type AnnouncementProps = z.output<typeof announcementProps>;

export const announcementSubject = (t: Translate, props: AnnouncementProps) =>
  t("email.groups.announcementSubject", { group: props.groupName, subject: props.subject });

/** RFC 8058: one click in the mail client stops this group's announcements for this member. */
export const announcementHeaders = ({ oneClickUrl }: AnnouncementProps) => ({
  "List-Unsubscribe": `<${oneClickUrl}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

/** A coordinator's announcement to the members who asked for announcements, with the way out under it. */
export default function AnnouncementEmail({ lang, t, groupName, subject, body, url, memberUrl }: AnnouncementProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={subject} reason={t("email.groups.announcementReason", { group: groupName })}>
      <TextBody body={body} />
      <FallbackLink label={t("email.groups.announcementGroup", { group: groupName })} url={url} alsoInText />
      <Text style={paragraph}>
        {t("email.groups.announcementChoose")}{" "}
        <Link href={memberUrl} style={longLink}>
          {memberUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}
