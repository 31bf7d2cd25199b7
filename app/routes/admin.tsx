import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireOrganizer } from "~/models/auth.server";
import { coordinatorSummary } from "~/modules/territorial/records.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import "~/utils/admin-messages.client";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.title", { noindex: true });

export async function loader({ request }: LoaderFunctionArgs) {
  // Territorial: a coordinator (issue 25) comes in, each page below decides what they may do.
  const organizer = await requireOrganizer(request, { territorial: true });
  return { organizer: { email: organizer.email, role: organizer.role, legal: organizer.legal }, groups: await coordinatorSummary(organizer) };
}

/** The organizers' area: each feature adds its screens as admin.* routes and a link here. */
export default function AdminLayout() {
  const { organizer, groups } = useLoaderData<typeof loader>();
  const t = useT();
  const isAdmin = organizer.role === "ADMIN";
  // A coordinator sees the territorial pages only: the others answer them 403.
  const national = groups === null;
  return (
    <div className="admin">
      <div className="admin-bar">
        <p className="muted">{t("admin.signedInAs", { email: organizer.email })}</p>
        <Form method="post" action="/deconnexion">
          <button type="submit" className="link-button">
            {t("admin.signOut")}
          </button>
        </Form>
        <Form method="post" action="/deconnexion">
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="link-button" title={t("admin.signOutEverywhere.hint")}>
            {t("admin.signOutEverywhere")}
          </button>
        </Form>
      </div>
      {groups ? <TerritoryLine groups={groups} /> : null}
      <nav aria-label={t("admin.nav")} className="admin-nav">
        <NavLink to="/admin" end>
          {t("admin.home")}
        </NavLink>
        <NavLink to="/admin/petitions">{t("admin.petitions")}</NavLink>
        {isAdmin ? <NavLink to="/admin/organisateurs">{t("admin.organizers")}</NavLink> : null}
        {isAdmin ? <NavLink to="/admin/journal">{t("admin.audit")}</NavLink> : null}
        <NavLink to="/admin/signalements">{t("admin.reports")}</NavLink>
        <NavLink to="/admin/projets">{t("admin.projects")}</NavLink>
        {national ? <NavLink to="/admin/entreprises">{t("admin.companies")}</NavLink> : null}
        <NavLink to="/admin/benevoles">{t("admin.volunteers")}</NavLink>
        {national ? <NavLink to="/admin/recours">{t("admin.legal")}</NavLink> : null}
        <NavLink to="/admin/evenements">{t("admin.events")}</NavLink>
        <NavLink to="/admin/agenda/seance">{t("calendar.session.nav")}</NavLink>
        {organizer.legal && national ? <NavLink to="/admin/mandats">{t("admin.mandates")}</NavLink> : null}
        {national ? <NavLink to="/admin/lettre">{t("admin.digest")}</NavLink> : null}
        {national ? <NavLink to="/admin/dons">{t("admin.donations")}</NavLink> : null}
        <NavLink to="/admin/demandes">{t("admin.requests")}</NavLink>
        {national ? <NavLink to="/admin/demandes-petition">{t("admin.petitionRequests.title")}</NavLink> : null}
        <NavLink to="/admin/groupes">{t("admin.groups.nav")}</NavLink>
      </nav>
      <Outlet />
    </div>
  );
}

type Groups = NonNullable<Awaited<ReturnType<typeof coordinatorSummary>>>;

/** A coordinator's line under the admin bar: their group(s) and the communes they act on. */
function TerritoryLine({ groups }: { groups: Groups }) {
  const t = useT();
  if (groups.length === 0)
    return (
      <p className="notice" data-testid="territory-line">
        {t("admin.territory.none")}
      </p>
    );
  return (
    <section aria-label={t("admin.territory.heading")} data-testid="territory-line">
      {groups.map((group) => {
        const pieces = [...group.communes, ...group.departments.map((code) => t("admin.territory.department", { code }))];
        return (
          <p key={group.name} className="muted">
            {t("admin.territory.line", { group: group.name, territory: pieces.length > 0 ? pieces.join(", ") : t("admin.territory.nothing") })}
          </p>
        );
      })}
    </section>
  );
}

/**
 * An error in an organizers' page: the site's message under the admin bar, with the way back to
 * the admin home. Without an organizer (the layout's loader threw), the site's error page.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <div className="admin">
      <ErrorPage error={error} back={{ to: "/admin", label: "errorPage.backAdmin" }} />
    </div>
  );
}
