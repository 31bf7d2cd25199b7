// What the composer shows besides its form: the email as signers will read it, and the past mailings.
import { formatDateTime } from "~/utils/dates";
import { formatNumber, useLang, useT } from "~/utils/i18n";
import { paragraphs } from "../paragraphs";

/** The message as it will read in the email (the same paragraphs as emails/message.tsx). */
export function MailingPreview({ subject, body, petitionTitle }: { subject: string; body: string; petitionTitle: string }) {
  const t = useT();
  return (
    <section aria-labelledby="mailing-preview-heading" className="panel" data-testid="mailing-preview">
      <h2 id="mailing-preview-heading">{t("admin.mailing.previewHeading")}</h2>
      <p>
        <strong>{t("admin.mailing.previewSubject", { subject })}</strong>
      </p>
      <p>{t("email.signature.petition", { title: petitionTitle })}</p>
      {paragraphs(body).map((lines, index) => (
        <p key={index}>
          {lines.map((line, at) => (
            <span key={at}>
              {at > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
      <p className="muted small">{t("admin.mailing.previewUnsubscribe")}</p>
    </section>
  );
}

export type PastMailing = {
  id: string;
  subject: string;
  status: "QUEUED" | "SENDING" | "SENT";
  recipients: number;
  queued: number;
  createdAt: string | Date;
  author: string | null;
};

/** The petition's past mailings: when, what, by whom, to how many, how many queued so far. */
export function MailingHistory({ mailings }: { mailings: PastMailing[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="mailing-history-heading" className="panel">
      <h2 id="mailing-history-heading">{t("admin.mailing.history")}</h2>
      {mailings.length === 0 ? (
        <p>{t("admin.mailing.historyEmpty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="mailing-history">
            <thead>
              <tr>
                <th scope="col">{t("admin.mailing.col.date")}</th>
                <th scope="col">{t("admin.mailing.col.subject")}</th>
                <th scope="col">{t("admin.mailing.col.author")}</th>
                <th scope="col">{t("admin.mailing.col.recipients")}</th>
                <th scope="col">{t("admin.mailing.col.sent")}</th>
              </tr>
            </thead>
            <tbody>
              {mailings.map((mailing) => (
                <tr key={mailing.id}>
                  <td>{formatDateTime(lang, new Date(mailing.createdAt), "medium")}</td>
                  <td>{mailing.subject}</td>
                  <td>{mailing.author ?? "—"}</td>
                  <td>{formatNumber(lang, mailing.recipients)}</td>
                  <td>
                    {formatNumber(lang, mailing.queued)} ({t(`admin.mailing.status.${mailing.status}`)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
