import { Form } from "@remix-run/react";
import { formatDate } from "~/utils/dates";
import { useLang, useT } from "~/utils/i18n";

type Membership = { id: string; group: string; slug: string; wantsEvents: boolean; wantsAnnouncements: boolean; createdAt: string; confirmedAt: string | null };
type Request = { id: string; commune: string; name: string; message: string; status: string; createdAt: string };
type Message = { id: string; group: string; name: string; body: string; createdAt: string; repliedAt: string | null };

function Delete({ intent, id, label }: { intent: string; id: string; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit">{label}</button>
    </Form>
  );
}

/** The groups' parts of "my data" (/mes-donnees): memberships, requests to start a group, messages to groups. */
export function GroupDataSections({ memberships, requests, messages }: { memberships: Membership[]; requests: Request[]; messages: Message[] }) {
  const t = useT();
  const lang = useLang();
  const date = (iso: string) => formatDate(lang, iso);
  return (
    <>
      {memberships.length ? (
        <section className="my-data-section">
          <h2>{t("myData.groupMemberships")}</h2>
          <ul className="my-data-list">
            {memberships.map((membership) => (
              <li key={membership.id}>
                <p>
                  <strong>{membership.group}</strong> — {t("myData.groupJoined", { date: date(membership.createdAt) })}
                  {membership.confirmedAt ? "" : ` (${t("myData.unconfirmed")})`}
                  <br />
                  {[membership.wantsEvents ? t("groups.join.wantsEvents") : null, membership.wantsAnnouncements ? t("groups.join.wantsAnnouncements") : null]
                    .filter(Boolean)
                    .join(" · ") || t("groups.member.nothing")}
                </p>
                <Delete intent="groupMembership" id={membership.id} label={t("myData.leaveGroup")} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {requests.length ? (
        <section className="my-data-section">
          <h2>{t("myData.groupRequests")}</h2>
          <ul className="my-data-list">
            {requests.map((request) => (
              <li key={request.id}>
                <p>
                  <strong>{request.commune}</strong> — {date(request.createdAt)} — {request.name}
                  <br />
                  {request.message}
                </p>
                <Delete intent="groupRequest" id={request.id} label={t("myData.deleteGroupRequest")} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {messages.length ? (
        <section className="my-data-section">
          <h2>{t("myData.groupMessages")}</h2>
          <ul className="my-data-list">
            {messages.map((message) => (
              <li key={message.id}>
                <p>
                  <strong>{message.group}</strong> — {date(message.createdAt)} — {message.name}
                  <br />
                  {message.body}
                </p>
                <Delete intent="groupMessage" id={message.id} label={t("myData.deleteGroupMessage")} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
