import { Link } from "@remix-run/react";
import { ProjectDocuments, ProjectFact, ProjectSources } from "./details";
import { PROJECT_KINDS } from "../choices";
import { useLang, useT } from "~/utils/i18n";
import { formatDate } from "~/utils/dates";
import { prose } from "~/utils/typography";

export type DossierProject = {
  id: string;
  slug: string | null;
  kind: (typeof PROJECT_KINDS)[number];
  title: string;
  description: string;
  startedOn: string | null;
  actors: string;
  sources: string[];
  credit: string | null;
  publishedAt: string | Date | null;
  documents: { id: string; fileName: string; contentType: string; size: number }[];
};

/** A city's dossier: its published surveillance projects, grouped by kind of technology. */
export function CityDossier({ projects, communeName }: { projects: DossierProject[]; communeName: string }) {
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value) };
  const kinds = PROJECT_KINDS.filter((kind) => projects.some((project) => project.kind === kind));
  return (
    <section aria-labelledby="dossier-heading" className="panel dossier">
      <h2 id="dossier-heading">{t("reports.dossier.heading", { commune: communeName })}</h2>
      {projects.length === 0 ? <p>{t("commune.reports.none")}</p> : null}
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`dossier-${kind}`}>
          <h3 id={`dossier-${kind}`}>{t(`reports.kind.${kind}`)}</h3>
          {projects
            .filter((project) => project.kind === kind)
            .map((project) => (
              <article key={project.id} id={`projet-${project.id}`} className="project" lang="fr">
                <h4>{project.slug ? <Link to={`/projets/${project.slug}`}>{prose(project.title)}</Link> : prose(project.title)}</h4>
                <p className="project-description">{prose(project.description)}</p>
                <dl className="project-facts">
                  <ProjectFact label={t("reports.dossier.startedOn")}>{project.startedOn}</ProjectFact>
                  <ProjectFact label={t("reports.dossier.actors")}>{project.actors}</ProjectFact>
                  <ProjectFact label={t("reports.dossier.publishedAt")}>{project.publishedAt ? dates.format(new Date(project.publishedAt)) : null}</ProjectFact>
                  <ProjectFact label={t("reports.dossier.credit")}>{project.credit}</ProjectFact>
                </dl>
                {project.sources.length > 0 ? (
                  <>
                    <h5>{t("reports.dossier.sources")}</h5>
                    <ProjectSources sources={project.sources} />
                  </>
                ) : null}
                {project.documents.length > 0 ? (
                  <>
                    <h5>{t("reports.dossier.documents")}</h5>
                    <ProjectDocuments documents={project.documents} />
                  </>
                ) : null}
              </article>
            ))}
        </section>
      ))}
      <p>
        <Link to="/signaler">{t("reports.dossier.reportLink")}</Link>
      </p>
    </section>
  );
}
