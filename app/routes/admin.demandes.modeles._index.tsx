import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listTemplates } from "~/modules/document-requests/admin.server";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.requests.templates");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { templates: await listTemplates() };
}

/** The letters residents can start from. */
export default function TemplatesPage() {
  const { templates } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/admin/demandes">{t("admin.requests")}</Link>
      </p>
      <h1>{t("admin.requests.templates")}</h1>
      <p>
        <Link to="/admin/demandes/modeles/nouveau">{t("admin.requests.newTemplate")}</Link>
      </p>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <Link to={`/admin/demandes/modeles/${template.id}`}>{template.title}</Link>{" "}
            <span className="muted">
              ({template.active ? t("admin.requests.active") : t("admin.requests.inactive")} ·{" "}
              {t("documentRequests.list.count", { count: template._count.requests })})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
