import type { LoaderFunctionArgs } from "@remix-run/node";
import { agendaAtom } from "~/modules/calendar/feeds.server";
import { getLang } from "~/utils/lang.server";

/** Atom feed of the newly published dates. */
export async function loader({ request }: LoaderFunctionArgs) {
  const xml = await agendaAtom(await getLang(request));
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}
