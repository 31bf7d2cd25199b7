// Titles and texts as they were entered: open data gets no display typography (app/utils/typography.ts,
// docs/decisions/0025-french-typography-when-shown.md).
import { openDataProjects } from "~/modules/projects/project.server";
import { env } from "~/utils/env.server";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * Open data: every published project. Fields are described in `fields`; the licence is the
 * Licence Ouverte 2.0 (Etalab). Taken-down or merged projects leave the file.
 */
export async function loader() {
  const base = env().PUBLIC_URL;
  const projects = await openDataProjects();
  return Response.json(
    {
      licence: { name: "Licence Ouverte / Open Licence 2.0 (Etalab)", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
      source: `${base}/projets`,
      generatedAt: new Date().toISOString(),
      fields: {
        id: "stable identifier (UUID)",
        url: "the project's page",
        title: "title",
        kind: "technology: VIDEO_ANALYTICS, FACIAL_RECOGNITION, DRONES, SOUND_SENSORS, PREDICTIVE_POLICING, DATA_PLATFORM, OTHER",
        status: "ANNOUNCED, TRIAL, DEPLOYED, ABANDONED or BANNED (annulled or suspended by a court)",
        statusSince: "day the status began (YYYY-MM-DD), when known",
        startedOn: "start or announcement, as reported (free text)",
        commune: "INSEE code, name and department code",
        description: "description",
        companies: "resolved companies and public bodies (slug, name, kind: VENDOR, INTEGRATOR, PUBLIC_BODY, RESEARCH_LAB)",
        actorsUnresolved: "actors named in reports and not yet resolved into entries (free text)",
        sources: "source URLs",
        documents: "documents (URL, file name, content type)",
        timeline: "dated events (YYYY-MM-DD, text, status entered)",
        publishedAt: "publication on the site (ISO 8601)",
        updatedAt: "last change (ISO 8601)",
      },
      projects: projects.map((project) => ({
        id: project.id,
        url: `${base}/projets/${project.slug}`,
        title: project.title,
        kind: project.kind,
        status: project.projectStatus,
        statusSince: day(project.statusSince),
        startedOn: project.startedOn,
        commune: { inseeCode: project.commune.inseeCode, name: project.commune.name, departmentCode: project.commune.departmentCode },
        description: project.description,
        companies: project.companies.map((link) => ({ ...link.company, url: `${base}/entreprises/${link.company.slug}` })),
        actorsUnresolved: project.actors,
        sources: project.sources,
        documents: project.documents.map((document) => ({
          url: `${base}/documents/${document.id}`,
          fileName: document.fileName,
          contentType: document.contentType,
        })),
        timeline: project.events.map((event) => ({ date: day(event.occurredOn), text: event.text, status: event.status })),
        publishedAt: project.publishedAt?.toISOString() ?? null,
        updatedAt: project.updatedAt.toISOString(),
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300", "Access-Control-Allow-Origin": "*" } },
  );
}
