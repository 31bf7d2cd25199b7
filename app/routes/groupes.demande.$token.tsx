import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { confirmGroupRequest, getGroupRequestByToken } from "~/modules/groups/request.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.requestConfirm.title", { noindex: true });

// Confirming a request to start a group (issue 25). Opening the link changes nothing (mail
// scanners open links): the button confirms.
export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getGroupRequestByToken({ token: params.token ?? "" });
  return { request: request ? { confirmed: request.confirmedAt !== null, commune: request.commune } : null };
}

export async function action({ params }: ActionFunctionArgs) {
  const confirmed = await confirmGroupRequest({ token: params.token ?? "" });
  return data({ confirmed: confirmed.ok }, { status: confirmed.ok ? 200 : 400 });
}

export default function ConfirmGroupRequestPage() {
  const { request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (!request) {
    return (
      <div className="narrow">
        <h1>{t("groups.requestConfirm.title")}</h1>
        <p role="alert" className="notice notice-error">
          {t("groups.requestConfirm.unknown")}
        </p>
      </div>
    );
  }
  const done = result?.confirmed || request.confirmed;
  return (
    <div className="narrow">
      <h1>{t(done ? "groups.requestConfirm.done" : "groups.requestConfirm.title")}</h1>
      {done ? (
        <p role="status">{t("groups.requestConfirm.doneText")}</p>
      ) : (
        <>
          <p>{t("groups.requestConfirm.intro", { commune: request.commune.name })}</p>
          <Form method="post">
            <button type="submit">{t("groups.requestConfirm.submit")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/villes/${request.commune.slug}`}>{t("groups.request.back", { commune: request.commune.name })}</Link>
      </p>
    </div>
  );
}
