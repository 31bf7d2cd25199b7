import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useDateFormat } from "~/components/legal-action";
import { createDigest, listDigests, previewNextDigest } from "~/models/digest.server";
import { subscriberCounts } from "~/models/subscriber.server";
import { requireOrganizer } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.digest");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const [preview, digests, counts] = await Promise.all([previewNextDigest(), listDigests(), subscriberCounts()]);
  return { preview, digests, counts, cron: env().DIGEST_CRON, rate: env().DIGEST_RATE_PER_SECOND };
}

/** Starts the digest now (the same one the schedule would send); nothing new → nothing sent. */
export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const formData = await request.formData();
  if (formData.get("intent") === "send") await createDigest({ startedBy: organizer.id, organizerId: organizer.id });
  return redirect("/admin/lettre");
}

export default function AdminDigestPage() {
  const { preview, digests, counts, cron, rate } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDateFormat();
  return (
    <>
      <h1>{t("admin.digest")}</h1>
      <p>{t("admin.digest.counts", { confirmed: counts.CONFIRMED ?? 0, pending: counts.PENDING ?? 0 })}</p>
      <p className="muted">{t("admin.digest.schedule", { cron, rate })}</p>
      <h2>{t("admin.digest.next")}</h2>
      {preview ? (
        <>
          <p>{t("admin.digest.contents", { actions: preview.actionIds.length, updates: preview.updateIds.length })}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="send" />
            <button type="submit">{t("admin.digest.send")}</button>
          </Form>
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
              <th scope="col">{t("admin.digest.state")}</th>
              <th scope="col">{t("admin.digest.sent")}</th>
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
                <td>{t(digest.status === "SENT" ? "admin.digest.stateSent" : "admin.digest.stateSending")}</td>
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
