import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { createDigest, listDigests, previewNextDigest } from "~/modules/newsletter/digest.server";
import { subscriberCounts } from "~/modules/newsletter/subscriber.server";
import { DigestSendSchema } from "~/modules/newsletter/schema";
import { requireOrganizer } from "~/models/auth.server";
import { useDates } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { pluralOf, useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isConfirmed } from "~/schemas/confirm";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.digest");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const [preview, digests, counts] = await Promise.all([previewNextDigest(), listDigests(), subscriberCounts()]);
  return { preview, digests, counts, cron: env().DIGEST_CRON, rate: env().DIGEST_RATE_PER_SECOND };
}

/**
 * Starts the digest now (the same one the schedule would send); nothing new → nothing sent.
 * It goes to every confirmed subscriber: the first submit only asks for the confirmation.
 */
export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const parsed = DigestSendSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirect("/admin/lettre");
  if (!isConfirmed(parsed.data)) return data({ confirm: true });
  const digest = await createDigest({ startedBy: organizer.id, organizerId: organizer.id });
  return redirect(digest.ok ? `/admin/lettre?envoi=${digest.recipients}` : "/admin/lettre?envoi=rien");
}

export default function AdminDigestPage() {
  const { preview, digests, counts, cron, rate } = useLoaderData<typeof loader>();
  const confirming = useActionData<typeof action>()?.confirm === true;
  const [search] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const { date } = useDates();
  const confirmed = counts.CONFIRMED ?? 0;
  const sent = confirming ? null : search.get("envoi");
  const sentCount = Number(sent);
  return (
    <>
      <h1>{t("admin.digest")}</h1>
      {sent === "rien" ? (
        <p className="notice" role="status">
          {t("admin.digest.doneNothing")}
        </p>
      ) : sent && Number.isInteger(sentCount) && sentCount >= 0 ? (
        <p className="notice" role="status">
          {t(`admin.digest.done.${pluralOf(lang, sentCount)}`, { count: sentCount })}
        </p>
      ) : null}
      <p>{t("admin.digest.counts", { confirmed: counts.CONFIRMED ?? 0, pending: counts.PENDING ?? 0 })}</p>
      <p className="muted">{t("admin.digest.schedule", { cron, rate })}</p>
      <h2>{t("admin.digest.next")}</h2>
      {preview ? (
        <>
          <p>{t("admin.digest.contents", { actions: preview.actionIds.length, updates: preview.updateIds.length })}</p>
          {confirming ? (
            <ConfirmStep
              id="confirm-send"
              heading={t("admin.confirm.heading")}
              consequence={t(`admin.digest.confirm.${pluralOf(lang, confirmed)}`, { count: confirmed })}
              fields={{ intent: "send" }}
              confirmLabel={t("admin.digest.confirm.submit")}
            />
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="send" />
              <button type="submit" className="button-danger">
                {t("admin.digest.send")}
              </button>
            </Form>
          )}
          {(["fr", "en"] as const).map((lang) => (
            <section key={lang} aria-labelledby={`preview-${lang}`} className="panel">
              <h3 id={`preview-${lang}`}>{t(lang === "fr" ? "admin.digest.previewFr" : "admin.digest.previewEn")}</h3>
              <p>
                <strong>{t("admin.digest.subject")}</strong> {preview.emails[lang].subject}
              </p>
              <iframe
                title={t(lang === "fr" ? "admin.digest.previewFr" : "admin.digest.previewEn")}
                src={`/admin/lettre/apercu/${lang}`}
                className="digest-preview"
              />
              <details>
                <summary>{t("admin.digest.textVersion")}</summary>
                <pre className="digest-text">{preview.emails[lang].text}</pre>
              </details>
            </section>
          ))}
        </>
      ) : (
        <p>{t("admin.digest.nothing")}</p>
      )}
      <h2>{t("admin.digest.history")}</h2>
      {digests.length === 0 ? (
        <p>{t("newsletter.archives.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.digest.date")}</th>
              <th scope="col">{t("admin.digest.subjectColumn")}</th>
              <th scope="col">{t("admin.digest.state")}</th>
              <th scope="col">{t("admin.digest.recipients")}</th>
              <th scope="col">{t("admin.digest.delivered")}</th>
              <th scope="col">{t("admin.digest.skipped")}</th>
              <th scope="col">{t("admin.digest.waiting")}</th>
            </tr>
          </thead>
          <tbody>
            {digests.map((digest) => (
              <tr key={digest.id}>
                <td>
                  <a href={`/lettre/archives/${digest.id}`}>{date(digest.periodEnd)}</a>
                </td>
                <td>{t("newsletter.digest.subject", { date: date(digest.periodEnd) })}</td>
                <td>{t(digest.status === "SENT" ? "admin.digest.stateSent" : "admin.digest.stateSending")}</td>
                <td>{Object.values(digest.deliveries).reduce((sum, count) => sum + count, 0)}</td>
                <td>{digest.deliveries.SENT ?? 0}</td>
                <td>{digest.deliveries.SKIPPED ?? 0}</td>
                <td>{(digest.deliveries.PENDING ?? 0) + (digest.deliveries.SENDING ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
