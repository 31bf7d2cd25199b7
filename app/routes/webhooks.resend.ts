import type { ActionFunctionArgs } from "@remix-run/node";
import { handleResendWebhook } from "~/models/resend-webhook.server";

// Resend's bounce and complaint events. The raw body is read first: the signature covers it.
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
  const body = await request.text();
  const result = await handleResendWebhook({ body, headers: request.headers });
  return new Response(result.outcome, { status: result.status, headers: { "content-type": "text/plain" } });
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { allow: "POST" } });
}
