// Who may read the local outbox (/dev/outbox and its preview frames): only when emails are not
// really sent (development, or a demo with EMAIL_OUTBOX), and only a browser on the machine
// running the site: its sign-in links make whoever reads them an organizer of the demo.
import type { AppLoadContext } from "@remix-run/node";
import { isLocalRequest } from "./client-ip.server";
import { emailTransport, env } from "./env.server";

/** Throws a 404 unless the outbox is on and the request comes from this machine. */
export function requireOutboxReader(request: Request, context: AppLoadContext) {
  const { NODE_ENV, EMAIL_OUTBOX } = env();
  if (emailTransport() !== "outbox" || (NODE_ENV === "production" && !EMAIL_OUTBOX) || !isLocalRequest(request, context)) {
    throw new Response("Not found", { status: 404 });
  }
}
