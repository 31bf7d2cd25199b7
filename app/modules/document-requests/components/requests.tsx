import { Link } from "@remix-run/react";
import type { Clock, RequestDates, RequestState } from "../clock";
import { useT } from "~/utils/i18n";
import { useDay } from "~/utils/dates";
import { prose } from "~/utils/typography";

/** What a public list needs of one request (../public.server.ts). */
export type RequestSummary = {
  id: string;
  projectLabel: string;
  documents: string[];
  sentOn: string | Date | null;
  requester: string | null;
  clock: Pick<Clock, "state" | "daysOverdue" | "answerDue">;
  commune: { name: string; slug: string; departmentCode: string };
  template: { slug: string; title: string };
  report: { id: string; title: string; slug: string } | null;
  legalAction: { id: string; title: string } | null;
  files: { id: string; fileName: string; contentType: string }[];
};

/**
 * The documents a request obtained, in every place that lists them: linked to their page (where
 * the reader may open them) and with their review state (for the requester and organizers).
 */
export function ObtainedFiles({
  files,
  linked = true,
}: {
  files: { id: string; fileName: string; status?: "PENDING" | "PUBLISHED" | "DECLINED" }[];
  linked?: boolean;
}) {
  const t = useT();
  return (
    <ul>
      {files.map((file) => (
        <li key={file.id}>
          {linked ? <a href={`/demandes/documents/${file.id}`}>{file.fileName}</a> : file.fileName}
          {file.status ? ` — ${t(`documentRequests.fileStatus.${file.status}`)}` : null}
        </li>
      ))}
    </ul>
  );
}

export function RequestStateBadge({ state }: { state: RequestState }) {
  const t = useT();
  return <span className={`badge request-state request-state-${state.toLowerCase().replace(/_/g, "-")}`}>{t(`documentRequests.state.${state}`)}</span>;
}

/**
 * Where a request stands, in a sentence: its state's badge and explanation, and the days overdue.
 * Once a deadline of its state has passed, the explanation says what can still be done.
 */
export function RequestStanding({
  clock,
}: {
  clock: Pick<Clock, "state" | "daysOverdue" | "passed" | "referralDeadline" | "opinionDue" | "refusalConfirmedOn" | "courtDeadline">;
}) {
  const t = useT();
  const day = useDay();
  const explanation = clock.passed
    ? t(`documentRequests.personal.passed.${clock.passed}`, {
        date: day(clock[clock.passed] ?? ""),
        confirmed: clock.refusalConfirmedOn ? day(clock.refusalConfirmedOn) : "",
      })
    : t(`documentRequests.personal.explain.${clock.state}`);
  return (
    <p>
      <RequestStateBadge state={clock.state} /> {explanation}
      {clock.daysOverdue > 0 ? ` ${t("documentRequests.list.overdue", { days: clock.daysOverdue })}.` : ""}
    </p>
  );
}

/**
 * A request's dates, as its requester and organizers see them: the days each step happened and
 * the legal deadlines still ahead (a deadline goes once the step it waits for has happened).
 */
export function RequestDatesList({ clock, dates }: { clock: Clock; dates: RequestDates }) {
  const t = useT();
  const rows: [string, string | null][] = [
    [t("documentRequests.personal.sentOn"), dates.sentOn],
    [t("documentRequests.personal.answerDue"), clock.answerDue],
    [t("documentRequests.personal.answeredOn"), dates.answeredOn],
    [t("documentRequests.personal.referralDeadline"), dates.referredOn ? null : clock.referralDeadline],
    [t("documentRequests.personal.referredOn"), dates.referredOn],
    [t("documentRequests.personal.opinionDue"), dates.opinionOn ? null : clock.opinionDue],
    [t("documentRequests.personal.opinionOn"), dates.opinionOn],
    [t("documentRequests.personal.refusalConfirmedOn"), clock.refusalConfirmedOn],
    [t("documentRequests.personal.courtDeadline"), dates.courtOn ? null : clock.courtDeadline],
  ];
  return <DatesList rows={rows} />;
}

/** Labelled days, those without a day left out: the dates of a request, on every page that shows one. */
export function DatesList({ rows }: { rows: [string, string | Date | null][] }) {
  const day = useDay();
  return (
    <dl className="request-dates">
      {rows
        .filter((entry): entry is [string, string | Date] => entry[1] !== null)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{day(value)}</dd>
          </div>
        ))}
    </dl>
  );
}

/** One request, as the public sees it: what was asked, when, where it stands, what was obtained. */
function RequestItem({ request, showCommune, headingLevel }: { request: RequestSummary; showCommune: boolean; headingLevel: 3 | 4 }) {
  const t = useT();
  const day = useDay();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <li className="request-item" id={`demande-${request.id}`}>
      <Heading className="request-title">
        {showCommune ? <Link to={`/villes/${request.commune.slug}`}>{request.commune.name}</Link> : null}
        {showCommune ? " — " : null}
        <Link to={`/demandes/${request.id}`}>
          {prose(request.projectLabel ? `${request.template.title} : « ${request.projectLabel} »` : request.template.title)}
        </Link>
      </Heading>
      <p className="request-meta">
        <RequestStateBadge state={request.clock.state} />
        {/* The badge says "Envoyée" or "À envoyer" already: "Envoyée le 3 mars", "Refusée · demande envoyée le 3 mars". */}
        {request.sentOn
          ? request.clock.state === "SENT"
            ? ` ${t("documentRequests.list.sentStateOn", { date: day(request.sentOn) })}`
            : ` · ${t("documentRequests.list.sentOn", { date: day(request.sentOn) })}`
          : null}
        {request.clock.daysOverdue > 0 ? (
          <>
            {" · "}
            <strong>{t("documentRequests.list.overdue", { days: request.clock.daysOverdue })}</strong>
          </>
        ) : null}
        {request.requester ? ` · ${t("documentRequests.list.by", { name: request.requester })}` : ""}
      </p>
      {request.report ? (
        <p className="request-project">
          {t("documentRequests.list.project")} <Link to={`/projets/${request.report.slug}`}>{prose(request.report.title)}</Link>
        </p>
      ) : null}
      {request.legalAction ? (
        <p className="request-legal-action">
          {t("documentRequests.list.legalAction")} <Link to={`/recours/${request.legalAction.id}`}>{prose(request.legalAction.title)}</Link>
        </p>
      ) : null}
      <details>
        <summary>{t("documentRequests.list.asked", { count: request.documents.length })}</summary>
        <ul>
          {request.documents.map((document, index) => (
            <li key={index}>{prose(document)}</li>
          ))}
        </ul>
      </details>
      {request.files.length > 0 ? (
        <div className="request-files">
          <p>{t("documentRequests.list.obtained")}</p>
          <ObtainedFiles files={request.files} />
        </div>
      ) : null}
    </li>
  );
}

/** A list of requests (city page, project page, legal action page, /demandes). */
export function DocumentRequestList({
  requests,
  showCommune = false,
  headingLevel = 3,
}: {
  requests: RequestSummary[];
  showCommune?: boolean;
  headingLevel?: 3 | 4;
}) {
  const t = useT();
  if (requests.length === 0) return <p>{t("documentRequests.list.none")}</p>;
  return (
    <ul className="request-list">
      {requests.map((request) => (
        <RequestItem key={request.id} request={request} showCommune={showCommune} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

/** The city page's section: its requests, the documents they obtained, and how to make one. */
export function CityRequests({ requests, communeName, communeSlug }: { requests: RequestSummary[]; communeName: string; communeSlug: string }) {
  const t = useT();
  return (
    <section aria-labelledby="requests-heading" className="panel">
      <h2 id="requests-heading">{t("documentRequests.city.heading", { name: communeName })}</h2>
      <p>{t("documentRequests.city.intro")}</p>
      <p>
        <Link className="button" to={`/demandes/nouvelle?ville=${communeSlug}`}>
          {t("documentRequests.city.make")}
        </Link>
      </p>
      <DocumentRequestList requests={requests} />
    </section>
  );
}
