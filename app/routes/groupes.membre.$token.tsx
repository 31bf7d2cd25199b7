// A member's personal page (issue 25), the link of every email of their group: confirm the
// membership (opening the link changes nothing: mail scanners open links), choose what they
// receive, leave in one click (the row is deleted).
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { UnknownLinkPage } from "~/components/unknown-link-page";
import { confirmMembership, getMembershipByToken, leaveGroup, updateMemberPreferences } from "~/modules/groups/membership.server";
import { MemberPreferencesSchema } from "~/modules/groups/schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.member.unknownTitle", { noindex: true });

export async function loader({ params }: LoaderFunctionArgs) {
  const member = await getMembershipByToken({ token: params.token ?? "" });
  return {
    member: member
      ? {
          confirmed: member.confirmedAt !== null,
          wantsEvents: member.wantsEvents,
          wantsAnnouncements: member.wantsAnnouncements,
          group: { name: member.group.name, slug: member.group.slug, published: member.group.publishedAt !== null },
        }
      : null,
  };
}

type ActionResult = { done: "confirmed" | "saved" | "left" | "unknown"; group?: { name: string; slug: string } };

export async function action({ params, request }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "leave") {
    const left = await leaveGroup({ token });
    return left.ok
      ? data<ActionResult>({ done: "left", group: { name: left.groupName, slug: left.groupSlug } })
      : data<ActionResult>({ done: "unknown" }, { status: 404 });
  }
  if (intent === "preferences") {
    const submission = parseWithZod(formData, { schema: MemberPreferencesSchema });
    if (submission.status !== "success") return data<ActionResult>({ done: "unknown" }, { status: 400 });
    const saved = await updateMemberPreferences({ token, ...submission.value });
    return data<ActionResult>({ done: saved.ok ? "saved" : "unknown" }, { status: saved.ok ? 200 : 404 });
  }
  const confirmed = await confirmMembership({ token });
  return data<ActionResult>({ done: confirmed.ok ? "confirmed" : "unknown" }, { status: confirmed.ok ? 200 : 404 });
}

export default function MemberPage() {
  const { member } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (result?.done === "left" && result.group) {
    return (
      <div className="narrow">
        <h1>{t("groups.member.left.title")}</h1>
        <p role="status">{t("groups.member.left.text", { group: result.group.name })}</p>
        <p>
          <Link to={`/groupes/${result.group.slug}`}>{t("groups.member.back", { group: result.group.name })}</Link>
        </p>
      </div>
    );
  }
  if (!member || result?.done === "unknown") {
    return (
      <UnknownLinkPage title="groups.member.unknownTitle" text="groups.member.unknown">
        <p>
          <Link to="/groupes">{t("groups.list.title")}</Link>
        </p>
      </UnknownLinkPage>
    );
  }
  const confirmed = member.confirmed || result?.done === "confirmed";
  return (
    <div className="narrow stack">
      <h1>{t("groups.member.title", { group: member.group.name })}</h1>
      {result?.done === "saved" ? (
        <p role="status" className="notice">
          {t("groups.member.saved")}
        </p>
      ) : null}
      {confirmed ? (
        <p role={result?.done === "confirmed" ? "status" : undefined}>{t("groups.member.confirmed", { group: member.group.name })}</p>
      ) : (
        <>
          <p>{t("groups.member.confirmIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <button type="submit">{t("groups.member.confirm")}</button>
          </Form>
        </>
      )}
      <section aria-labelledby="member-choose">
        <h2 id="member-choose">{t("groups.member.choose")}</h2>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="preferences" />
          <div className="field checkbox">
            <input type="checkbox" id="member-events" name="wantsEvents" defaultChecked={member.wantsEvents} />
            <label htmlFor="member-events">{t("groups.join.wantsEvents")}</label>
          </div>
          <div className="field checkbox">
            <input type="checkbox" id="member-announcements" name="wantsAnnouncements" defaultChecked={member.wantsAnnouncements} />
            <label htmlFor="member-announcements">{t("groups.join.wantsAnnouncements")}</label>
          </div>
          <button type="submit" className="button-secondary">
            {t("groups.member.save")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="member-leave">
        <h2 id="member-leave">{t("groups.member.leaveHeading")}</h2>
        <p>{t("groups.member.leaveText")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="leave" />
          <button type="submit">{t("groups.member.leave")}</button>
        </Form>
      </section>
      {member.group.published ? (
        <p>
          <Link to={`/groupes/${member.group.slug}`}>{t("groups.member.back", { group: member.group.name })}</Link>
        </p>
      ) : null}
    </div>
  );
}
