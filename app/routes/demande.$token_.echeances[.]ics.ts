import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestDeadlinesCalendar } from "~/modules/calendar/deadlines.server";
import { icsResponse } from "~/utils/ics.server";
import { getLang } from "~/utils/lang.server";

/** A requester's own deadlines, as whole days: private (personal link), never stored nor indexed. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const ics = await requestDeadlinesCalendar({ token, lang: await getLang(request) });
  if (!ics) throw new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } });
  return icsResponse(ics, { filename: "echeances.ics", private: true });
}
