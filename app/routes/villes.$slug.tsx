import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getCommuneBySlug } from "~/models/commune.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await getCommuneBySlug({ slug: params.slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  const t = translator(await getLang(request));
  return { commune, title: t("commune.metaTitle", { name: commune.name }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export default function CommunePage() {
  const { commune } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="commune">
      <header className="commune-header">
        <h1>{commune.name}</h1>
        <ul className="facts">
          <li>{t("commune.department", { name: commune.departmentName, code: commune.departmentCode })}</li>
          <li>{t("commune.region", { name: commune.regionName })}</li>
          <li>{t("commune.population", { population: commune.population })}</li>
          <li>{t("commune.postcodes", { list: commune.postcodes.join(", ") })}</li>
        </ul>
      </header>
      <section aria-labelledby="petition-heading" className="panel">
        <h2 id="petition-heading">{t("commune.petition.heading")}</h2>
        <p>{t("commune.petition.none")}</p>
      </section>
      <section aria-labelledby="reports-heading" className="panel">
        <h2 id="reports-heading">{t("commune.reports.heading")}</h2>
        <p>{t("commune.reports.none")}</p>
      </section>
      <section aria-labelledby="actions-heading" className="panel">
        <h2 id="actions-heading">{t("commune.actions.heading")}</h2>
        <p>{t("commune.actions.none")}</p>
      </section>
    </article>
  );
}
