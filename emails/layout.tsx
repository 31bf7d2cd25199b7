import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Lang, Translate } from "~/utils/i18n";

/** The frame of every email: the campaign's name, the content, and why the person receives it. */
export function EmailLayout({
  lang,
  t,
  preview,
  reason,
  children,
}: {
  lang: Lang;
  t: Translate;
  preview: string;
  reason: string;
  children: ReactNode;
}) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#fbfaf7", color: "#16161d", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" }}>
        <Container style={{ maxWidth: "560px", padding: "24px 16px" }}>
          <Text style={{ fontSize: "20px", fontWeight: 800, letterSpacing: "0.04em", textTransform: "uppercase", margin: "0 0 16px" }}>
            {t("site.name")}
          </Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#d9d6cf", margin: "32px 0 16px" }} />
          <Text style={{ fontSize: "13px", color: "#55555f", margin: 0 }}>{reason}</Text>
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
