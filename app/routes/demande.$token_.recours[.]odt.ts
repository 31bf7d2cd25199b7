import type { LoaderFunctionArgs } from "@remix-run/node";
import { draftFileName, getCourtApplication } from "~/modules/court-applications/court.server";
import { draftOdt, ODT_MIME } from "~/modules/court-applications/files.server";

/** The draft application as an editable OpenDocument text: only the requester's token, only at the confirmed refusal. */
export async function loader({ params }: LoaderFunctionArgs) {
  const court = await getCourtApplication({ token: params.token ?? "" });
  if (!court) throw new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(draftOdt(court.draft)), {
    headers: {
      "Content-Type": ODT_MIME,
      "Content-Disposition": `attachment; filename="${draftFileName(court.commune.slug, "odt")}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
