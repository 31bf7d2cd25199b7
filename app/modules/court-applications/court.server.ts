// Court applications from stalled document requests: the requester's draft (only through their
// personal link, only once the refusal is confirmed) and the organizers' queue. The request,
// its dates and its clock are document-requests' (read through its public server functions).
import { listCourtReadyRequests } from "~/modules/document-requests/admin.server";
import { getRequestForCourtApplication, requestDates } from "~/modules/document-requests/request.server";
import { confirmationDay, courtApplicationDraft, type CourtApplicationDraft } from "./draft";
import { tribunalForDepartment } from "./tribunals";

/** The draft for the request behind `token`; null for an unknown token or a request not at the confirmed refusal. */
export async function getCourtApplication({ token, now = new Date() }: { token: string; now?: Date }) {
  const request = await getRequestForCourtApplication({ token, now });
  if (!request) return null;
  const draft = courtApplicationDraft({
    requester: request.requester,
    commune: request.commune,
    documents: request.documents,
    projectLabel: request.projectLabel,
    dates: request.dates,
    clock: request.clock,
    opinionReference: request.opinionReference,
    today: request.today,
  });
  return draft ? { draft, commune: request.commune } : null;
}

/** What the requester's page shows of the draft (the draft itself is downloaded). */
export function draftSummary(draft: CourtApplicationDraft) {
  return { tribunal: draft.tribunal, deadline: draft.deadline, confirmedOn: draft.confirmedOn, late: draft.late };
}

/** File names of the downloads: "requete-tribunal-administratif-saint-etienne.pdf". */
export const draftFileName = (communeSlug: string, extension: "txt" | "pdf" | "odt") => `requete-tribunal-administratif-${communeSlug}.${extension}`;

/** The organizers' queue: stalled requests with their tribunal and deadline, the nearest first. */
export async function listStalledRequests({ now = new Date() }: { now?: Date } = {}) {
  const rows = await listCourtReadyRequests({ now });
  return rows.map((row) => ({
    id: row.id,
    projectLabel: row.projectLabel,
    commune: row.commune,
    template: row.template,
    legalAction: row.legalAction,
    confirmedOn: confirmationDay(requestDates(row), row.clock),
    deadline: row.clock.courtDeadline,
    passed: row.clock.passed === "courtDeadline",
    tribunal: tribunalForDepartment(row.commune.departmentCode)?.name ?? null,
  }));
}
