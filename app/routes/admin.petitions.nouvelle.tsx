import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { PetitionAdminForm } from "~/modules/petitions/components/admin-form";
import { getCommuneForPetition, searchCommunes } from "~/models/commune.server";
import { openPetitionForCommune } from "~/modules/petitions/admin.server";
import { CommuneSearchSchema } from "~/schemas/commune-search";
import { MIN_QUERY_LENGTH } from "~/schemas/choices";
import { OpenPetitionSchema } from "~/modules/petitions/admin-schema";
import { requireOrganizer } from "~/models/auth.server";
import { requireCommune, territoryCovers, territoryOf } from "~/modules/groups/territory.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { redirectWithNotice } from "~/utils/flash.server";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.petitions.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const params = new URL(request.url).searchParams;
  const { q } = CommuneSearchSchema.parse({ q: params.get("q") ?? undefined });
  const code = params.get("commune");
  const commune = code ? await getCommuneForPetition({ inseeCode: code }) : null;
  // A coordinator opens petitions in their territory only (issue 25).
  if (commune) await requireCommune(organizer, commune.inseeCode, { type: "commune", id: commune.inseeCode, action: "petition.open" });
  const found = !commune && q.length >= MIN_QUERY_LENGTH ? await searchCommunes({ query: q }) : [];
  // A coordinator is offered their territory's communes only.
  const territory = found.length > 0 ? await territoryOf(organizer) : null;
  const results = found.filter((candidate) => territoryCovers(territory, candidate));
  return { q, commune, results };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: OpenPetitionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await requireCommune(organizer, submission.value.inseeCode, { type: "commune", id: submission.value.inseeCode, action: "petition.open" });
  if (!(await getCommuneForPetition({ inseeCode: submission.value.inseeCode }))) {
    return data(submission.reply({ formErrors: ["errors.petitionAdmin.commune"] }), { status: 400 });
  }
  const petition = await openPetitionForCommune({ input: submission.value, organizerId: organizer.id });
  if (!petition.ok) return data(submission.reply({ formErrors: ["errors.petitionAdmin.alreadyOpen"] }), { status: 409 });
  return redirectWithNotice(`/admin/petitions/${petition.id}`, { key: "opened" });
}

export default function NewPetition() {
  const { q, commune, results } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.petitions.new")}</h1>
      {commune ? (
        <>
          <p>
            {t("admin.petitions.communeChosen", { commune: `${commune.name} (${commune.departmentCode})` })}{" "}
            <Link to="/admin/petitions/nouvelle">{t("admin.petitions.changeCommune")}</Link>
          </p>
          {commune.openPetitionId ? (
            <p className="notice notice-error">
              {t("errors.petitionAdmin.alreadyOpen")} <Link to={`/admin/petitions/${commune.openPetitionId}`}>{t("admin.petitions.seeOpen")}</Link>
            </p>
          ) : null}
          <PetitionAdminForm
            lastResult={lastResult}
            opening
            submitLabel={t("admin.petitions.openSubmit")}
            defaultValue={{ inseeCode: commune.inseeCode, mayorTitle: commune.mayorTitle, mayorName: commune.mayorName, goal: 1000 }}
          />
        </>
      ) : (
        <>
          <Form method="get" role="search" className="stack">
            <div className="field">
              <label htmlFor="commune-q">{t("admin.petitions.communeSearch")}</label>
              <div className="search-row">
                <input id="commune-q" type="search" name="q" defaultValue={q} autoComplete="off" />
                <button type="submit">{t("admin.petitions.search")}</button>
              </div>
            </div>
          </Form>
          {q.length >= MIN_QUERY_LENGTH ? (
            results.length > 0 ? (
              <ul>
                {results.map((result) => (
                  <li key={result.inseeCode}>
                    <Link to={`/admin/petitions/nouvelle?commune=${result.inseeCode}`}>
                      {result.name} ({result.departmentCode}, {result.postcodes.join(", ")})
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("admin.petitions.noCommune")}</p>
            )
          ) : null}
        </>
      )}
    </>
  );
}
