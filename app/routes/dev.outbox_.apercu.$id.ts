import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOutboxEmailHtml } from "~/models/email-message.server";
import { OUTBOX_PREVIEW_POLICY } from "~/utils/http-security.server";
import { requireOutboxReader } from "~/utils/outbox-access.server";

/**
 * One outbox email's HTML exactly as it was sent, for the preview frame in /dev/outbox. A
 * document of its own with its own policy (no script, the email's inline styles, framed by
 * this site only): a srcdoc frame would inherit the outbox page's policy, which blocks them.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireOutboxReader(request, context);
  const html = await getOutboxEmailHtml({ id: params.id ?? "" });
  if (html === null) throw new Response("Not found", { status: 404 });
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": OUTBOX_PREVIEW_POLICY,
      "X-Frame-Options": "SAMEORIGIN",
    },
  });
}
