import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { confirmPetitionRequest, getPetitionRequestByToken } from "~/modules/petition-requests/request.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petitionRequest.confirm.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): the button confirms.
export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getPetitionRequestByToken({ token: params.token ?? "" });
  return { request: request ? { confirmed: Boolean(request.confirmedAt), commune: request.commune } : null };
}

export async function action({ params }: ActionFunctionArgs) {
  const confirmed = await confirmPetitionRequest({ token: params.token ?? "" });
  return data({ confirmed: confirmed.ok }, { status: confirmed.ok ? 200 : 400 });
}

export default function ConfirmPetitionRequestPage() {
  const { request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (!request) {
    return (
      <div className="narrow">
        <h1>{t("petitionRequest.confirm.title")}</h1>
        <p role="alert" className="notice notice-error">
          {t("petitionRequest.confirm.unknown")}
        </p>
      </div>
    );
  }
  const done = result?.confirmed || request.confirmed;
  return (
    <div className="narrow">
      <h1>{t(done ? "petitionRequest.confirm.done" : "petitionRequest.confirm.title")}</h1>
      {done ? (
        <p role="status">{t("petitionRequest.confirm.doneText", { commune: request.commune.name })}</p>
      ) : (
        <>
          <p>{t("petitionRequest.confirm.intro", { commune: request.commune.name })}</p>
          <Form method="post">
            <button type="submit">{t("petitionRequest.confirm.submit")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/villes/${request.commune.slug}`}>{t("petitionRequest.back", { commune: request.commune.name })}</Link>
      </p>
    </div>
  );
}
