import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedCalendar } from "~/modules/calendar/feeds.server";
import { icsResponse } from "~/utils/ics.server";
import { getLang } from "~/utils/lang.server";

/** The national calendar feed: every public date of the campaign. */
export async function loader({ request }: LoaderFunctionArgs) {
  const ics = await feedCalendar({ kind: "national" }, await getLang(request));
  return icsResponse(ics ?? "", { filename: "technopolice.ics" });
}
