import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DocumentRequestList } from "~/modules/document-requests/components/requests";
import { ProjectDocuments, ProjectFact, ProjectSources } from "~/modules/projects/components/details";
import { StatusBadge } from "~/modules/projects/components/status";
import { listRequestsForReport } from "~/modules/document-requests/public.server";
import { CommuneActions } from "~/modules/petitions/components/commune-actions";
import { communePetitionSummary } from "~/modules/petitions/commune-summary.server";
import { getPublicProject } from "~/modules/projects/project.server";
import { translator, useLang, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { formatDate } from "~/utils/dates";
import { shareable } from "~/utils/meta";
import { colon, prose } from "~/utils/typography";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const result = await getPublicProject({ slug: params.slug ?? "" });
  if (!result) throw new Response("Not found", { status: 404 });
  const project = result.found;
  if (!project) throw redirect(`/projets/${result.movedTo}`, 301);
  const [requests, petition] = await Promise.all([
    listRequestsForReport({ reportId: project.id }),
    communePetitionSummary({ inseeCode: project.commune.inseeCode }),
  ]);
  const t = translator(await getLang(request));
  const shareImage = {
    path: `/projets/${project.slug}/partage.png`,
    alt: t("share.image.altProject", { title: project.title, commune: project.commune.name }),
  };
  return { project, requests, petition, shareImage };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [
        ...shareable(matches, {
          title: prose(`${data.project.title} — ${data.project.commune.name} — Technopolice`),
          description: prose(data.project.description),
          image: data.shareImage,
        }),
        { tagName: "link", rel: "alternate", type: "application/atom+xml", href: `/projets/${data.project.slug}/flux.atom`, title: data.project.title },
      ]
    : [];

/** A published surveillance project: what it is, who is behind it, what happened, and the proof. */
export default function ProjectPage() {
  const { project, requests, petition } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value) };
  const documentRequestHref = `/demandes/nouvelle?ville=${project.commune.slug}&projet=${project.id}`;
  return (
    <article className="project-page">
      <p className="breadcrumbs">
        <Link to="/projets">{t("reports.list.title")}</Link> › <Link to={`/villes/${project.commune.slug}`}>{project.commune.name}</Link>
      </p>
      <h1 lang="fr">{prose(project.title)}</h1>
      <p className="project-meta">
        {t(`reports.kind.${project.kind}`)} · <Link to={`/villes/${project.commune.slug}`}>{project.commune.name}</Link> ({project.commune.departmentName},{" "}
        {project.commune.departmentCode}) · <StatusBadge status={project.projectStatus} />
      </p>
      <dl className="project-facts">
        <dt>{t("projects.status")}</dt>
        <dd>
          {t(`projects.status.${project.projectStatus}`)}
          {project.statusSince ? ` (${t("projects.since", { date: dates.format(new Date(project.statusSince)) })})` : ""}
        </dd>
        <ProjectFact label={t("reports.dossier.startedOn")}>{project.startedOn}</ProjectFact>
        <ProjectFact label={t("reports.dossier.publishedAt")}>{project.publishedAt ? dates.format(new Date(project.publishedAt)) : null}</ProjectFact>
        <ProjectFact label={t("projects.updatedAt")}>{dates.format(new Date(project.updatedAt))}</ProjectFact>
        <ProjectFact label={t("reports.dossier.credit")}>{project.credit}</ProjectFact>
      </dl>
      <p className="project-description" lang="fr">
        {prose(project.description)}
      </p>

      <CommuneActions commune={project.commune} petition={petition} documentRequestHref={documentRequestHref} />

      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">{t("projects.actors")}</h2>
        {project.companies.length === 0 && !project.actors ? <p>{t("projects.noActors")}</p> : null}
        {project.companies.length > 0 ? (
          <ul className="company-links">
            {project.companies.map((company) => (
              <li key={company.id}>
                <Link to={`/entreprises/${company.slug}`}>{company.name}</Link> <span className="muted">({t(`companies.kind.${company.kind}`)})</span>
              </li>
            ))}
          </ul>
        ) : null}
        {project.actors ? (
          <p>
            {t("projects.actorsText")}
            {colon(lang)} <span lang="fr">{prose(project.actors)}</span>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("projects.timeline")}</h2>
        {project.events.length === 0 ? (
          <p>{t("projects.noEvents")}</p>
        ) : (
          <ol className="timeline">
            {project.events.map((event) => (
              <li key={event.id}>
                <time dateTime={new Date(event.occurredOn).toISOString().slice(0, 10)}>{dates.format(new Date(event.occurredOn))}</time>
                {event.status ? (
                  <>
                    {" "}
                    <StatusBadge status={event.status} />
                  </>
                ) : null}
                <p lang="fr">{prose(event.text)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {project.legalActions.length > 0 ? (
        <section aria-labelledby="legal-heading">
          <h2 id="legal-heading">{t("projects.legalActions")}</h2>
          <ul>
            {project.legalActions.map((action) => (
              <li key={action.id}>
                <Link to={`/recours/${action.id}`} lang="fr">
                  {prose(action.title)}
                </Link>{" "}
                <span className="muted">
                  ({prose(action.court)}, {t(`legalActions.status.${action.status}`)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("projects.requests")}</h2>
        <DocumentRequestList requests={requests} />
        <p>
          <Link to={documentRequestHref}>{t("projects.makeRequest")}</Link>
        </p>
      </section>

      {project.sources.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t("reports.dossier.sources")}</h2>
          <ProjectSources sources={project.sources} />
        </section>
      ) : null}

      {project.documents.length > 0 ? (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t("reports.dossier.documents")}</h2>
          <ProjectDocuments documents={project.documents} />
        </section>
      ) : null}

      <p>
        <a href={`/projets/${project.slug}/flux.atom`}>{t("projects.feed")}</a> · <Link to="/signaler">{t("reports.dossier.reportLink")}</Link>
      </p>
    </article>
  );
}
