import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPetitionRequestCounts } from "~/modules/petition-requests/request.server";
import { requireOrganizer } from "~/models/auth.server";
import { formatNumber, useLang, useT } from "~/utils/i18n";
import { formatDate } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.petitionRequests.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { communes: await listPetitionRequestCounts() };
}

/** Issue 17, read-only: where residents ask for a petition (confirmed requests), most requested first. */
export default function PetitionRequestsAdminPage() {
  const { communes } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("admin.petitionRequests.title")}</h1>
      <p>{t("admin.petitionRequests.intro")}</p>
      {communes.length === 0 ? (
        <p>{t("admin.petitionRequests.none")}</p>
      ) : (
        <div className="table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.petitionRequests.commune")}</th>
                <th scope="col">{t("admin.petitionRequests.count")}</th>
                <th scope="col">{t("admin.petitionRequests.latest")}</th>
                <th scope="col">{t("admin.petitionRequests.status")}</th>
              </tr>
            </thead>
            <tbody>
              {communes.map((commune) => (
                <tr key={commune.inseeCode} data-testid={`petition-requests-${commune.inseeCode}`}>
                  <th scope="row">
                    <Link to={`/villes/${commune.slug}`}>
                      {commune.name} ({commune.departmentCode})
                    </Link>
                  </th>
                  <td>{formatNumber(lang, commune.count)}</td>
                  <td>{formatDate(lang, commune.latestAt, "medium")}</td>
                  <td>{commune.hasPetition ? t("admin.petitionRequests.hasPetition") : t("admin.petitionRequests.noPetition")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
