// A volunteer's invitation to join their territory's group (issue 25): their address was proven
// when they volunteered, so one click makes them a member (opening the link changes nothing).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { UnknownLinkPage } from "~/components/unknown-link-page";
import { acceptInvitation, getInvitation } from "~/modules/groups/membership.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.join.heading", { noindex: true });

export async function loader({ params }: LoaderFunctionArgs) {
  return { invitation: await getInvitation({ token: params.token ?? "" }) };
}

export async function action({ params }: ActionFunctionArgs) {
  const accepted = await acceptInvitation({ token: params.token ?? "" });
  if (!accepted.ok) throw new Response("Not found", { status: 404 });
  return redirect(`/groupes/membre/${accepted.memberToken}`);
}

export default function InvitationPage() {
  const { invitation } = useLoaderData<typeof loader>();
  const t = useT();
  if (!invitation) {
    return (
      <UnknownLinkPage title="groups.member.unknownTitle" text="groups.invitation.unknown">
        <p>
          <Link to="/groupes">{t("groups.list.title")}</Link>
        </p>
      </UnknownLinkPage>
    );
  }
  return (
    <div className="narrow stack">
      <h1>{t("groups.invitation.title", { group: invitation.group.name })}</h1>
      {invitation.member === "confirmed" ? (
        <p>{t("groups.invitation.already")}</p>
      ) : (
        <>
          <p>{t("groups.invitation.intro")}</p>
          <Form method="post">
            <button type="submit">{t("groups.invitation.submit")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/groupes/${invitation.group.slug}`}>{t("groups.member.back", { group: invitation.group.name })}</Link>
      </p>
    </div>
  );
}
