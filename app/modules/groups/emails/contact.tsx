import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { button, EmailLayout, FallbackLink, paragraph } from "../../../../emails/layout";
import { TextBody } from "./text-body";

export const contactRelayProps = z.object({ groupName: z.string(), senderName: z.string(), body: z.string(), url: z.url() });
export type ContactRelayProps = z.output<typeof contactRelayProps>;

export const contactRelaySubject = (t: Translate, props: ContactRelayProps) =>
  t("email.groups.relaySubject", { group: props.groupName, name: props.senderName });

/** A message from the group's page, relayed to a coordinator: the sender's name and words, never their address. */
export function ContactRelayEmail({ lang, t, groupName, senderName, body, url }: ContactRelayProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout
      lang={lang}
      t={t}
      preview={contactRelaySubject(t, { groupName, senderName, body, url })}
      reason={t("email.groups.relayReason", { group: groupName })}
    >
      <Text style={paragraph}>{t("email.groups.relayIntro", { group: groupName, name: senderName })}</Text>
      <TextBody body={body} style={{ fontStyle: "italic" }} />
      <Button href={url} style={button}>
        {t("email.groups.relayButton")}
      </Button>
      <FallbackLink label={t("email.signature.fallback")} url={url} />
      <Text style={paragraph}>{t("email.groups.relayPrivacy")}</Text>
    </EmailLayout>
  );
}

export const contactReplyProps = z.object({ groupName: z.string(), name: z.string(), reply: z.string(), original: z.string(), url: z.url() });
export type ContactReplyProps = z.output<typeof contactReplyProps>;

export const contactReplySubject = (t: Translate, props: ContactReplyProps) => t("email.groups.replySubject", { group: props.groupName });

/** A coordinator's answer, sent by the site: the coordinator's address is not in it. */
export function ContactReplyEmail({ lang, t, groupName, name, reply, original, url }: ContactReplyProps & { lang: Lang; t: Translate }) {
  return (
    <EmailLayout lang={lang} t={t} preview={t("email.groups.replySubject", { group: groupName })} reason={t("email.groups.replyReason", { group: groupName })}>
      <Text style={paragraph}>{t("email.groups.replyIntro", { group: groupName, name })}</Text>
      <TextBody body={reply} />
      <Text style={{ ...paragraph, fontWeight: 700 }}>{t("email.groups.replyOriginal")}</Text>
      <TextBody body={original} style={{ fontStyle: "italic" }} />
      <FallbackLink label={t("email.groups.replyAgain")} url={url} alsoInText />
    </EmailLayout>
  );
}
