import type { LoaderFunctionArgs } from "@remix-run/node";
import { previewNextDigest } from "~/modules/newsletter/digest.server";
import { requireOrganizer } from "~/models/auth.server";
import { isLang } from "~/utils/i18n";

/**
 * The next digest's HTML exactly as it will be sent (with a sample unsubscribe link), for the
 * preview frame in /admin/lettre. Its own policy: no script, inline styles, framed by /admin only.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  if (!isLang(params.lang)) throw new Response("Not found", { status: 404 });
  const preview = await previewNextDigest();
  if (!preview) throw new Response("Nothing new since the last digest", { status: 404 });
  return new Response(preview.emails[params.lang].html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
      "X-Frame-Options": "SAMEORIGIN",
    },
  });
}
