import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listOutbox } from "~/models/email-message.server";
import { emailTransport, env } from "~/utils/env.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outbox.title", [{ name: "robots", content: "noindex" }]);

/** The local outbox: only when emails are not really sent (development, or a demo with EMAIL_OUTBOX). */
export async function loader(_: LoaderFunctionArgs) {
  const { NODE_ENV, EMAIL_OUTBOX } = env();
  if (emailTransport() !== "outbox" || (NODE_ENV === "production" && !EMAIL_OUTBOX)) {
    throw new Response("Not found", { status: 404 });
  }
  return { emails: await listOutbox({ limit: 30 }) };
}

export default function OutboxPage() {
  const { emails } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      {emails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      {emails.map((email) => (
        <article key={email.id} className="panel outbox-email">
          <h2>{email.subject}</h2>
          <p className="muted">{t("outbox.to", { to: email.to })}</p>
          <pre className="email-text">
            {email.text.split(/(https?:\/\/[^\s\])>]+)/g).map((part, index) =>
              /^https?:\/\//.test(part) ? (
                <a key={index} href={part}>
                  {part}
                </a>
              ) : (
                part
              ),
            )}
          </pre>
        </article>
      ))}
    </>
  );
}
