import type { LoaderFunctionArgs } from "@remix-run/node";
import { getActiveOrganizer } from "~/models/organizer.server";
import { getDocument } from "~/modules/projects/report.server";
import { getOrganizerId } from "~/models/session.server";
import { servesAsOrganizer } from "~/modules/territorial/records.server";
import { readDocument } from "~/utils/uploads.server";
import { isUuid } from "~/utils/uuid";

/** A report's document: to everyone once the project is published, before that to organizers only. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  const organizerId = await getOrganizerId(request);
  const active = organizerId ? await getActiveOrganizer({ id: organizerId }) : null;
  // A coordinator (issue 25) sees unpublished documents of their territory only; elsewhere, what visitors see.
  const organizer = active ? await servesAsOrganizer(active, "reportDocument", params.id) : false;
  const document = await getDocument({ id, organizer });
  if (!document) throw new Response("Not found", { status: 404 });
  let bytes: Buffer;
  try {
    bytes = await readDocument(document.id);
  } catch {
    throw new Response("Not found", { status: 404 });
  }
  const inline = document.contentType.startsWith("image/");
  const filename = document.fileName.replace(/[^\w.\- ]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": document.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      // The only policy of this response (app/utils/http-security.server.ts): the browser's own
      // image viewer needs the image itself and its inline styles, nothing else.
      "Content-Security-Policy": `sandbox; default-src 'none'; ${inline ? "img-src 'self'; style-src 'unsafe-inline'; " : ""}frame-ancestors 'none'`,
      "X-Frame-Options": "DENY",
      "Cache-Control": organizer ? "private, no-store" : "public, max-age=3600",
    },
  });
}
