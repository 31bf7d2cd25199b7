import { Fragment } from "react";
import { Text } from "@react-email/text";
import { paragraph } from "../../../../emails/layout";
import { paragraphs } from "~/modules/petition-mailing/paragraphs";

/** A plain-text body as the email's paragraphs, its line breaks kept. */
export function TextBody({ body, style }: { body: string; style?: Record<string, string> }) {
  return (
    <>
      {paragraphs(body).map((lines, index) => (
        <Text key={index} style={{ ...paragraph, ...style }}>
          {lines.map((line, at) => (
            <Fragment key={at}>
              {at > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
    </>
  );
}
