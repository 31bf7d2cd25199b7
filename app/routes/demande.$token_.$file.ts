// A requester's files, each behind their personal link (/demande/<token>/<file>): the letter and
// the CADA referral as PDFs, the draft court application (text, PDF, ODT) and their own
// deadlines as a calendar. One resource route for the six: the route manifest that every
// visitor's first page downloads carries one entry instead of six (the landing pages' script
// budget, docs/decisions/0024-a-light-browser-bundle.md). An unknown file name is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestDeadlinesCalendar } from "~/modules/calendar/deadlines.server";
import { draftFileName, getCourtApplication } from "~/modules/court-applications/court.server";
import { draftText } from "~/modules/court-applications/draft";
import { draftOdt, draftPdf, ODT_MIME } from "~/modules/court-applications/files.server";
import { letterPdf } from "~/modules/document-requests/pdf.server";
import { getRequestForRequester } from "~/modules/document-requests/request.server";
import { icsResponse } from "~/utils/ics.server";
import { getLang } from "~/utils/lang.server";
import { pdfResponse } from "~/utils/pdf.server";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } });

const privateDownload = (contentType: string, filename: string) => ({
  "Content-Type": contentType,
  "Content-Disposition": `attachment; filename="${filename}"`,
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex",
});

/** The draft application to the tribunal administratif: only the requester's token, only at the confirmed refusal. */
async function courtApplication(token: string) {
  const court = await getCourtApplication({ token });
  if (!court) throw notFound();
  return court;
}

const FILES: Record<string, (token: string, request: Request) => Promise<Response>> = {
  /** The request's letter, to send by post. */
  "courrier.pdf": async (token) => {
    const request = await getRequestForRequester({ token });
    if (!request || !request.confirmed) throw notFound();
    return pdfResponse(`demande-${request.commune.slug}.pdf`, await letterPdf({ title: request.letter.subject, body: request.letter.body }));
  },
  /** The pre-filled referral to the CADA, once the commune has refused (or kept silent). */
  "saisine.pdf": async (token) => {
    const request = await getRequestForRequester({ token });
    if (!request?.referral) throw notFound();
    return pdfResponse(`saisine-cada-${request.commune.slug}.pdf`, await letterPdf({ title: request.referral.subject, body: request.referral.body }));
  },
  "recours.txt": async (token) => {
    const court = await courtApplication(token);
    return new Response(draftText(court.draft), { headers: privateDownload("text/plain; charset=utf-8", draftFileName(court.commune.slug, "txt")) });
  },
  "recours.pdf": async (token) => {
    const court = await courtApplication(token);
    return pdfResponse(draftFileName(court.commune.slug, "pdf"), await draftPdf(court.draft));
  },
  /** Editable, as an OpenDocument text. */
  "recours.odt": async (token) => {
    const court = await courtApplication(token);
    return new Response(new Uint8Array(draftOdt(court.draft)), { headers: privateDownload(ODT_MIME, draftFileName(court.commune.slug, "odt")) });
  },
  /** Their own deadlines, as whole days: never stored nor indexed. */
  "echeances.ics": async (token, request) => {
    const ics = await requestDeadlinesCalendar({ token, lang: await getLang(request) });
    if (!ics) throw notFound();
    return icsResponse(ics, { filename: "echeances.ics", private: true });
  },
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const file = params.file ?? "";
  if (!Object.hasOwn(FILES, file)) throw notFound();
  return FILES[file](params.token ?? "", request);
}
