import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { collectData, deleteData, emailForToken } from "~/modules/my-data/data.server";
import { countryName } from "~/modules/petitions/countries";
import { MyDataDeleteSchema } from "~/modules/my-data/schema";
import { useLang, useT } from "~/utils/i18n";
import { formatEuros } from "~/utils/money";
import { pageTitle } from "~/utils/meta";
import { formatDate } from "~/utils/dates";
import { GroupDataSections } from "~/modules/groups/components/my-data";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "myData.title", { noindex: true });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const email = await emailForToken(params.token ?? "");
  if (!email) throw redirect("/mes-donnees?expire");
  return { token: params.token ?? "", deleted: new URL(request.url).searchParams.has("supprime"), data: await collectData(email) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const email = await emailForToken(token);
  if (!email) throw redirect("/mes-donnees?expire");
  const submission = parseWithZod(await request.formData(), { schema: MyDataDeleteSchema });
  if (submission.status !== "success") throw redirect(`/mes-donnees/${token}`);
  const { intent } = submission.value;
  await deleteData(email, "id" in submission.value ? { kind: submission.value.intent, id: submission.value.id } : { kind: submission.value.intent });
  // Everything gone, the link with it.
  if (intent === "all") throw redirect("/mes-donnees?efface");
  throw redirect(`/mes-donnees/${token}?supprime`);
}

function DeleteButton({ intent, id, label }: { intent: string; id?: string; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <button type="submit">{label}</button>
    </Form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="my-data-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export default function MyDataPage() {
  const { token, deleted, data } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : "—");
  const empty =
    !data.signatures.length &&
    !data.volunteer &&
    !data.subscription &&
    !data.reports.length &&
    !data.documentRequests.length &&
    !data.petitionRequests.length &&
    !data.mandates.length &&
    !data.eventRegistrations.length &&
    !data.groupMemberships.length &&
    !data.groupRequests.length &&
    !data.groupMessages.length &&
    !data.donations;
  return (
    <div className="narrow my-data">
      <h1>{t("myData.title")}</h1>
      {deleted ? (
        <div role="status" className="notice">
          <p>{t("myData.deleted")}</p>
        </div>
      ) : null}
      <p>{t("myData.heldFor", { email: data.email })}</p>
      {empty ? <p>{t("myData.nothing")}</p> : null}

      {data.signatures.length ? (
        <Section title={t("myData.signatures")}>
          <ul className="my-data-list">
            {data.signatures.map((signature) => (
              <li key={signature.id}>
                <p>
                  <strong>{signature.petition}</strong> ({signature.commune})
                  <br />
                  {signature.firstName} {signature.lastName}, {signature.country ? countryName(lang, signature.country) : signature.postcode} —{" "}
                  {t("myData.signedOn", { date: date(signature.signedAt) })}
                  {signature.confirmedAt ? "" : ` (${t("myData.unconfirmed")})`}
                </p>
                <DeleteButton intent="signature" id={signature.id} label={t("myData.withdrawSignature")} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {data.volunteer ? (
        <Section title={t("myData.volunteer")}>
          <p>
            {data.volunteer.name}, {data.volunteer.commune} — {t("myData.since", { date: date(data.volunteer.createdAt) })}
          </p>
          <DeleteButton intent="volunteer" label={t("myData.deleteVolunteer")} />
        </Section>
      ) : null}

      {data.subscription ? (
        <Section title={t("myData.subscription")}>
          <p>{t(`myData.subscription.${data.subscription.status}`)}</p>
          <DeleteButton intent="subscription" label={t("myData.deleteSubscription")} />
        </Section>
      ) : null}

      {data.reports.length ? (
        <Section title={t("myData.reports")}>
          <ul className="my-data-list">
            {data.reports.map((report) => (
              <li key={report.id}>
                <p>
                  <strong>{report.title}</strong> ({report.commune}) — {date(report.createdAt)}
                </p>
                <DeleteButton intent="report" id={report.id} label={t("myData.deleteReport")} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {data.documentRequests.length ? (
        <Section title={t("myData.documentRequests")}>
          <p>{t("myData.documentRequestsKept")}</p>
          <ul className="my-data-list">
            {data.documentRequests.map((request) => (
              <li key={request.id}>
                <p>
                  <strong>{request.letter}</strong> ({request.commune}) — {date(request.createdAt)}
                  {request.project ? (
                    <>
                      <br />
                      {request.project}
                    </>
                  ) : null}
                </p>
                <DeleteButton intent="documentRequest" id={request.id} label={t("myData.deleteDocumentRequest")} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {data.petitionRequests.length ? (
        <Section title={t("myData.petitionRequests")}>
          <ul className="my-data-list">
            {data.petitionRequests.map((request) => (
              <li key={request.id}>
                <p>
                  <strong>{request.commune}</strong> — {date(request.createdAt)}
                  {request.message ? (
                    <>
                      <br />
                      {request.message}
                    </>
                  ) : null}
                </p>
                <DeleteButton intent="petitionRequest" id={request.id} label={t("myData.deletePetitionRequest")} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {data.mandates.length ? (
        <Section title={t("myData.mandates")}>
          <ul className="my-data-list">
            {data.mandates.map((mandate) => (
              <li key={mandate.id}>
                <p>
                  <strong>{mandate.campaign}</strong>
                  <br />
                  {mandate.firstName} {mandate.lastName} — {t("myData.mandateGiven", { date: date(mandate.givenAt), version: mandate.textVersion })}
                  {mandate.revokedAt ? ` (${t("myData.mandateRevoked")})` : mandate.confirmedAt ? "" : ` (${t("myData.unconfirmed")})`}
                </p>
                {mandate.revokedAt ? null : (
                  <>
                    {mandate.pastFiling ? <p>{t("myData.mandateAfterFiling")}</p> : null}
                    <DeleteButton intent="mandate" id={mandate.id} label={t(mandate.pastFiling ? "myData.revokeMandate" : "myData.deleteMandate")} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {data.eventRegistrations.length ? (
        <Section title={t("myData.eventRegistrations")}>
          <ul className="my-data-list">
            {data.eventRegistrations.map((registration) => (
              <li key={registration.id}>
                <p>
                  <Link to={`/agenda/${registration.slug}`}>{registration.event}</Link> ({date(registration.startsAt)})
                  <br />
                  {t("myData.eventRegistration", { name: registration.name ?? "—", date: date(registration.registeredAt) })} —{" "}
                  {t(`admin.events.status.${registration.status}`)}
                </p>
                <DeleteButton intent="eventRegistration" id={registration.id} label={t("myData.deleteEventRegistration")} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <GroupDataSections memberships={data.groupMemberships} requests={data.groupRequests} messages={data.groupMessages} />

      {data.donations ? (
        <Section title={t("myData.donations")}>
          <ul>
            {data.donations.donations.map((donation) => (
              <li key={donation.id}>
                {formatEuros(donation.amount, lang)} — {date(donation.paidAt ?? donation.createdAt)}
              </li>
            ))}
          </ul>
          <p>{t("myData.donationsKept", { years: data.donations.keptYears })}</p>
        </Section>
      ) : null}

      <Section title={t("myData.actions")}>
        <p>
          <a href={`/mes-donnees/export/${token}`} download>
            {t("myData.export")}
          </a>
        </p>
        {!empty ? <DeleteButton intent="all" label={t("myData.deleteAll")} /> : null}
      </Section>
    </div>
  );
}
