import type { LoaderFunctionArgs } from "@remix-run/node";
import { getActiveOrganizer } from "~/models/organizer.server";
import { getRequestFile } from "~/modules/document-requests/public.server";
import { getOrganizerId } from "~/models/session.server";
import { servesAsOrganizer } from "~/modules/territorial/records.server";
import { readDocument } from "~/utils/uploads.server";

/** A document obtained through a request: to everyone once published, before that to organizers only. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const organizerId = await getOrganizerId(request);
  const active = organizerId ? await getActiveOrganizer({ id: organizerId }) : null;
  // A coordinator (issue 25) sees unpublished documents of their territory only; elsewhere, what visitors see.
  const organizer = active ? await servesAsOrganizer(active, "requestFile", params.id) : false;
  const file = await getRequestFile({ id: params.id ?? "", organizer });
  if (!file) throw new Response("Not found", { status: 404 });
  let bytes: Buffer;
  try {
    bytes = await readDocument(file.id);
  } catch {
    throw new Response("Not found", { status: 404 });
  }
  const inline = file.contentType.startsWith("image/");
  const filename = file.fileName.replace(/[^\w.\- ]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      // The only policy of this response (app/utils/http-security.server.ts): the browser's own
      // image viewer needs the image itself and its inline styles, nothing else.
      "Content-Security-Policy": `sandbox; default-src 'none'; ${inline ? "img-src 'self'; style-src 'unsafe-inline'; " : ""}frame-ancestors 'none'`,
      "X-Frame-Options": "DENY",
      "Cache-Control": file.status === "PUBLISHED" && !organizer ? "public, max-age=3600" : "private, no-store",
    },
  });
}
