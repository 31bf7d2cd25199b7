import type { LoaderFunctionArgs } from "@remix-run/node";
import { draftFileName, getCourtApplication } from "~/modules/court-applications/court.server";
import { draftText } from "~/modules/court-applications/draft";

/** The draft application to the tribunal administratif as plain text: only the requester's token, only at the confirmed refusal. */
export async function loader({ params }: LoaderFunctionArgs) {
  const court = await getCourtApplication({ token: params.token ?? "" });
  if (!court) throw new Response("Not found", { status: 404 });
  return new Response(draftText(court.draft), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${draftFileName(court.commune.slug, "txt")}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
