// RFC 8058 one-click unsubscribe, the List-Unsubscribe header's URL: mail providers POST
// "List-Unsubscribe=One-Click" from their servers, with or without an Origin header, never with a
// session. A resource route (no page), so Remix's own origin check for page actions does not
// apply; the site's exempts /lettre/desabonnement/ (app/utils/http-security.server.ts). The token
// is the authority. A GET (a mail scanner, a person) changes nothing: it opens the page with a button.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { unsubscribe } from "~/modules/newsletter/subscriber.server";

export async function action({ params }: ActionFunctionArgs) {
  // The body is "List-Unsubscribe=One-Click" (RFC 8058 §3.1); the POST to this URL is what counts.
  const result = await unsubscribe({ token: params.token ?? "" });
  return new Response(result.ok ? "Unsubscribed / Désabonnement enregistré\n" : "Unknown link / Lien inconnu\n", {
    status: result.ok ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/lettre/desabonnement/${encodeURIComponent(params.token ?? "")}`);
}
