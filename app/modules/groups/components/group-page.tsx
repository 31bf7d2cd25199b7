import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { paragraphs } from "~/modules/petition-mailing/paragraphs";
import { useDates } from "~/utils/dates";
import { useT, useTn } from "~/utils/i18n";
import { prose } from "~/utils/typography";

type Group = {
  presentation: string;
  members: number;
  territory: { communes: { inseeCode: string; name: string; slug: string }[]; departments: { code: string; name: string }[] };
  events: { slug: string; title: string; startsAt: string | Date; commune: { name: string } | null }[];
  petitions: { id: string; title: string; commune: { name: string; slug: string } }[];
  projects: { id: string; slug: string; title: string; commune: { name: string } }[];
  requests: { id: string; projectLabel: string | null; commune: { name: string } }[];
};

function Part({ id, title, empty, children }: { id: string; title: string; empty: string | null; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      {empty ? <p>{empty}</p> : children}
    </section>
  );
}

/** What a group's page shows of it: presentation, territory, next dates, its communes' petitions, projects and requests. */
export function GroupSections({ group }: { group: Group }) {
  const t = useT();
  const tn = useTn();
  const { dateTime } = useDates();
  return (
    <>
      <div className="group-presentation" lang="fr">
        {paragraphs(group.presentation).map((lines, index) => (
          <p key={index}>{prose(lines.join("\n"))}</p>
        ))}
        <p className="muted">{tn("groups.members", group.members)}</p>
      </div>
      <Part id="group-territory" title={t("groups.page.territory")} empty={null}>
        <ul className="group-territory">
          {group.territory.communes.map((commune) => (
            <li key={commune.inseeCode}>
              <Link to={`/villes/${commune.slug}`}>{commune.name}</Link>
            </li>
          ))}
          {group.territory.departments.map((department) => (
            <li key={department.code}>{t("groups.page.wholeDepartment", department)}</li>
          ))}
        </ul>
      </Part>
      <Part id="group-events" title={t("groups.page.events")} empty={group.events.length === 0 ? t("groups.page.noEvents") : null}>
        <ul>
          {group.events.map((event) => (
            <li key={event.slug}>
              <Link to={`/agenda/${event.slug}`}>{prose(event.title)}</Link> — {dateTime(event.startsAt)}
              {event.commune ? ` · ${event.commune.name}` : ""}
            </li>
          ))}
        </ul>
      </Part>
      <Part id="group-petitions" title={t("groups.page.petitions")} empty={group.petitions.length === 0 ? t("groups.page.noPetitions") : null}>
        <ul>
          {group.petitions.map((petition) => (
            <li key={petition.id}>
              <Link to={`/villes/${petition.commune.slug}`}>{prose(petition.title)}</Link>
            </li>
          ))}
        </ul>
      </Part>
      <Part id="group-projects" title={t("groups.page.projects")} empty={group.projects.length === 0 ? t("groups.page.noProjects") : null}>
        <ul>
          {group.projects.map((project) => (
            <li key={project.id}>
              <Link to={`/projets/${project.slug}`}>{prose(project.title)}</Link> · {project.commune.name}
            </li>
          ))}
        </ul>
      </Part>
      <Part id="group-requests" title={t("groups.page.requests")} empty={group.requests.length === 0 ? t("groups.page.noRequests") : null}>
        <ul>
          {group.requests.map((request) => (
            <li key={request.id}>
              <Link to={`/demandes/${request.id}`}>
                {request.projectLabel ? prose(request.projectLabel) : t("groups.page.requestIn", { commune: request.commune.name })}
              </Link>{" "}
              · {request.commune.name}
            </li>
          ))}
        </ul>
      </Part>
    </>
  );
}
