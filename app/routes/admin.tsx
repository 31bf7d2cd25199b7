import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import "~/utils/admin-messages.client";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.title", { noindex: true });

export async function loader({ request }: LoaderFunctionArgs) {
  // Coordinators (issue 25) enter the organizers' area; each page decides whether it is theirs.
  const organizer = await requireOrganizer(request, { territorial: true });
  return { organizer: { email: organizer.email, role: organizer.role, legal: organizer.legal } };
}

/** The organizers' area: each feature adds its screens as admin.* routes and a link here. */
export default function AdminLayout() {
  const { organizer } = useLoaderData<typeof loader>();
  const t = useT();
  const isAdmin = organizer.role === "ADMIN";
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
      <nav aria-label={t("admin.nav")} className="admin-nav">
        <NavLink to="/admin" end>
          {t("admin.home")}
        </NavLink>
        <NavLink to="/admin/petitions">{t("admin.petitions")}</NavLink>
        {isAdmin ? <NavLink to="/admin/organisateurs">{t("admin.organizers")}</NavLink> : null}
        {isAdmin ? <NavLink to="/admin/journal">{t("admin.audit")}</NavLink> : null}
        <NavLink to="/admin/signalements">{t("admin.reports")}</NavLink>
        <NavLink to="/admin/projets">{t("admin.projects")}</NavLink>
        <NavLink to="/admin/entreprises">{t("admin.companies")}</NavLink>
        <NavLink to="/admin/benevoles">{t("admin.volunteers")}</NavLink>
        <NavLink to="/admin/recours">{t("admin.legal")}</NavLink>
        {organizer.legal ? <NavLink to="/admin/mandats">{t("admin.mandates")}</NavLink> : null}
        <NavLink to="/admin/lettre">{t("admin.digest")}</NavLink>
        <NavLink to="/admin/dons">{t("admin.donations")}</NavLink>
        <NavLink to="/admin/demandes">{t("admin.requests")}</NavLink>
        <NavLink to="/admin/demandes-petition">{t("admin.petitionRequests.title")}</NavLink>
        <NavLink to="/admin/groupes">{t("admin.groups.nav")}</NavLink>
      </nav>
      <Outlet />
    </div>
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
