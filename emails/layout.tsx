import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { createContext, useContext, type ReactNode } from "react";
import type { Lang, Translate } from "~/utils/i18n";

/** Who sends every email (from the site operator's configuration): named in each footer. */
/** Who sends: `address` is null when SITE_PUBLISHER_ADDRESS is unset (the footer then names the publisher alone). */
export type EmailSender = { name: string; address: string | null; contact: string; siteUrl: string };

/** What the registry knows when it renders a template: its subject (the HTML title) and the sender. */
export const EmailFrame = createContext<{ subject: string; sender: EmailSender } | null>(null);

/** The campaign's red: 6.9:1 on the layout's background (the default link blue is 3.8:1). */
const linkColor = "#a3161a";
/** A link whose text is a long address: it wraps on a phone instead of widening the email. */
export const longLink = { color: linkColor, textDecoration: "underline", wordBreak: "break-all", overflowWrap: "anywhere" } as const;
const footerText = { fontSize: "13px", lineHeight: "1.5", color: "#55555f", margin: "0 0 8px" } as const;

/** The frame of every email: the campaign's name, the content, and why the person receives it. */
export function EmailLayout({ lang, t, preview, reason, children }: { lang: Lang; t: Translate; preview: string; reason: string; children: ReactNode }) {
  const frame = useContext(EmailFrame);
  const sender = frame?.sender;
  return (
    <Html lang={lang}>
      <Head>
        <title>{frame?.subject ?? preview}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#fbfaf7", color: "#16161d", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" }}>
        <Container style={{ maxWidth: "560px", padding: "24px 16px" }}>
          <Text style={{ fontSize: "20px", fontWeight: 800, letterSpacing: "0.04em", textTransform: "uppercase", margin: "0 0 16px" }}>{t("site.name")}</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#d9d6cf", margin: "32px 0 16px" }} />
          <Text style={footerText}>{reason}</Text>
          {sender ? (
            <Text style={footerText}>
              {sender.address ? t("email.footer.sender", { name: sender.name, address: sender.address }) : t("email.footer.senderName", { name: sender.name })}
              <br />
              {t("email.footer.contact")}{" "}
              <Link href={`mailto:${sender.contact}`} style={{ color: linkColor }}>
                {sender.contact}
              </Link>
              {" · "}
              <Link href={sender.siteUrl} style={{ color: linkColor }}>
                {sender.siteUrl}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: "16px", lineHeight: "1.6", margin: "0 0 16px" } as const;
export const button = {
  display: "inline-block",
  backgroundColor: "#a3161a",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontWeight: 600,
  textDecoration: "none",
} as const;

/**
 * The address behind a button, for mail clients that do not show buttons: in the HTML only (the
 * text part already carries the button's address once), wrapping on a phone, at 6.9:1.
 */
export function FallbackLink({ label, url, alsoInText = false }: { label: string; url: string; alsoInText?: boolean }) {
  return (
    <Text style={{ ...paragraph, marginTop: "16px" }} data-skip-in-text={alsoInText ? undefined : "true"}>
      {label}{" "}
      <Link href={url} style={longLink}>
        {url}
      </Link>
    </Text>
  );
}

/** A line leading back to the site's home page (from the sender's configuration). */
export function SiteLink({ label }: { label: string }) {
  const siteUrl = useContext(EmailFrame)?.sender.siteUrl;
  if (!siteUrl) return null;
  return (
    <Text style={paragraph}>
      {label}{" "}
      <Link href={siteUrl} style={longLink}>
        {siteUrl}
      </Link>
    </Text>
  );
}
