import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { LegalActionSummary } from "~/modules/legal-actions/components/summary";
import { getCommuneBySlug } from "~/models/commune.server";
import { listPublicLegalActions } from "~/modules/legal-actions/legal-action.server";
import { LEGAL_ACTION_STATUSES } from "~/modules/legal-actions/choices";
import { LegalActionFiltersSchema } from "~/modules/legal-actions/schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "legalActions.list.title"),
  { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/recours.atom", title: "Technopolice" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const filters = LegalActionFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const commune = filters.ville ? await getCommuneBySlug({ slug: filters.ville }) : null;
  const actions = filters.ville && !commune ? [] : await listPublicLegalActions({ status: filters.statut, inseeCode: commune?.inseeCode });
  return { actions, status: filters.statut ?? "", city: filters.ville ?? "", cityName: commune?.name ?? null };
}

export default function LegalActionsPage() {
  const { actions, status, city } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("legalActions.list.title")}</h1>
      <p>{t("legalActions.list.intro")}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="filter-status">{t("legalActions.list.filterStatus")}</label>
        <select id="filter-status" name="statut" defaultValue={status}>
          <option value="">{t("legalActions.list.all")}</option>
          {LEGAL_ACTION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`legalActions.status.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor="filter-city">{t("legalActions.list.filterCity")}</label>
        <input id="filter-city" name="ville" defaultValue={city} placeholder="nice" />
        <button type="submit">{t("legalActions.list.filter")}</button>
      </Form>
      {actions.length === 0 ? <p>{t("legalActions.list.empty")}</p> : actions.map((action) => <LegalActionSummary key={action.id} action={action} />)}
      <p>
        <a href="/recours.atom">{t("legalActions.list.feed")}</a> · <Link to="/lettre">{t("newsletter.page.title")}</Link>
      </p>
    </>
  );
}
