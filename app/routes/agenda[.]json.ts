import { agendaOpenData } from "~/modules/calendar/feeds.server";

/** Open data: every public date of the campaign (fields documented in the file; nothing about people). */
export async function loader() {
  return Response.json(await agendaOpenData(), {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
