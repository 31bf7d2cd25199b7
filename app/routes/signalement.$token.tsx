import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { confirmReport } from "~/modules/projects/report.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reports.confirm.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): the button confirms.
export async function action({ params }: ActionFunctionArgs) {
  const result = await confirmReport({ token: params.token ?? "" });
  return data({ confirmed: result.ok }, { status: result.ok ? 200 : 400 });
}

export default function ConfirmReportPage() {
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t(result?.confirmed ? "reports.confirm.done" : "reports.confirm.title")}</h1>
      {result === undefined ? (
        <>
          <p>{t("reports.confirm.intro")}</p>
          <Form method="post">
            <button type="submit">{t("reports.confirm.submit")}</button>
          </Form>
        </>
      ) : result.confirmed ? (
        <p role="status">{t("reports.confirm.doneText")}</p>
      ) : (
        <div role="alert" className="notice notice-error">
          <p>{t("reports.confirm.failed")}</p>
          <p>
            <Link to="/signaler">{t("reports.form.heading")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
