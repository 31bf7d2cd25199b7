// The page of a request the web server refused before Remix read it (app/utils/node-http.server.ts):
// the root error boundary shows it in the visitor's language, with the request's status.
import type { LoaderFunctionArgs } from "@remix-run/node";

const STATUSES = new Set([400, 405, 408, 413, 414, 415]);

export function loader({ params }: LoaderFunctionArgs) {
  const status = Number(params.status);
  throw new Response(null, { status: STATUSES.has(status) ? status : 404 });
}

export default function RefusedRequest() {
  return null;
}
