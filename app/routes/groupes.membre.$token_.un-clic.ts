// RFC 8058 one-click unsubscribe from a group's announcements (issue 25), the List-Unsubscribe
// header's URL: mail providers POST "List-Unsubscribe=One-Click" from their servers, without a
// session or an Origin of ours; the site's origin check exempts this path
// (app/utils/http-security.server.ts). The token is the authority. A GET changes nothing: it
// opens the member's page.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { stopAnnouncements } from "~/modules/groups/membership.server";

export async function action({ params }: ActionFunctionArgs) {
  const result = await stopAnnouncements({ token: params.token ?? "" });
  return new Response(result.ok ? "Unsubscribed / Désabonnement enregistré\n" : "Unknown link / Lien inconnu\n", {
    status: result.ok ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/groupes/membre/${encodeURIComponent(params.token ?? "")}`);
}
