import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listOutbox } from "~/models/email-message.server";
import { OutboxQuerySchema } from "~/schemas/outbox";
import "~/utils/admin-messages.client";
import { useDates } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { requireOutboxReader } from "~/utils/outbox-access.server";
import { pluralOf, useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outbox.title", { noindex: true });

const PAGE_SIZE = 20;

/**
 * The local outbox: only when emails are not really sent (development, or a demo with
 * EMAIL_OUTBOX), and only to a browser on the machine running the site: its sign-in links make
 * whoever reads them an organizer of the demo.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  requireOutboxReader(request, context);
  const { EMAIL_FROM } = env();
  const query = OutboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const outbox = await listOutbox({ limit: PAGE_SIZE, page: query.page, to: query.a || undefined });
  return { ...outbox, from: EMAIL_FROM, to: query.a, page: query.page };
}

/** Each email as its recipient would see it: headers, the HTML in a sandboxed frame, the text part. */
export default function OutboxPage() {
  const { emails, total, pages, page, from, to } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const { dateTime } = useDates();
  const pageLink = (target: number) => `/dev/outbox?${new URLSearchParams({ ...(to ? { a: to } : {}), page: String(target) })}`;
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      <Form method="get" className="search-row outbox-filter">
        <div className="field">
          <label htmlFor="outbox-to">{t("outbox.filter")}</label>
          <input id="outbox-to" type="email" name="a" defaultValue={to} autoComplete="off" />
        </div>
        <button type="submit">{t("outbox.filterSubmit")}</button>
      </Form>
      {to ? (
        <p>
          <Link to="/dev/outbox">{t("outbox.filterClear")}</Link>
        </p>
      ) : null}
      <p role="status" data-testid="outbox-count">
        {t(`outbox.count.${pluralOf(lang, total)}`, { count: total })}
      </p>
      {emails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      {emails.map((email) => (
        <article key={email.id} className="panel outbox-email" data-testid="outbox-email">
          <h2>{email.subject}</h2>
          <dl className="outbox-headers">
            <dt>{t("outbox.from")}</dt>
            <dd>{from}</dd>
            <dt>{t("outbox.toLabel")}</dt>
            <dd>{email.to}</dd>
            <dt>{t("outbox.subject")}</dt>
            <dd>{email.subject}</dd>
            <dt>{t("outbox.date")}</dt>
            <dd>{dateTime(email.createdAt, "medium")}</dd>
          </dl>
          {/* Its own document and policy (the email's inline styles; a srcdoc frame would inherit this
              page's). sandbox="": no script, no same origin, no navigation; nothing runs. */}
          <iframe title={t("outbox.html", { subject: email.subject })} src={`/dev/outbox/apercu/${email.id}`} sandbox="" className="outbox-html" />
          <details>
            <summary>{t("outbox.text")}</summary>
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
          </details>
        </article>
      ))}
      {pages > 1 ? (
        <nav aria-label={t("outbox.pages")} className="button-row">
          {page > 1 ? <Link to={pageLink(page - 1)}>{t("outbox.previous")}</Link> : null}
          <span>{t("outbox.page", { page, pages })}</span>
          {page < pages ? <Link to={pageLink(page + 1)}>{t("outbox.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
