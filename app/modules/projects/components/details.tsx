// The parts of a project that its own page and its city's dossier both show.
import type { ReactNode } from "react";
import { formatFileSize, useLang, useT } from "~/utils/i18n";

/** One fact in a project's facts list (a `dl`): its label and value, or nothing when there is no value. */
export function ProjectFact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A project's sources: the links to what was published about it, opened without a referrer. */
export function ProjectSources({ sources }: { sources: string[] }) {
  return (
    <ul className="project-sources">
      {sources.map((url) => (
        <li key={url}>
          <a href={url} rel="noopener noreferrer nofollow">
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A project's documents, each with its kind (PDF or image) and size. */
export function ProjectDocuments({ documents }: { documents: { id: string; fileName: string; contentType: string; size: number }[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <ul className="project-documents">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={`/documents/${document.id}`}>{document.fileName}</a>{" "}
          <span className="muted">
            ({document.contentType === "application/pdf" ? "PDF" : t("reports.dossier.image")}, {formatFileSize(lang, document.size)})
          </span>
        </li>
      ))}
    </ul>
  );
}
