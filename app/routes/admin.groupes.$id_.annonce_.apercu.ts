import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrganizer } from "~/models/auth.server";
import { renderAnnouncementPreview } from "~/modules/groups/announcement.server";
import { requireGroup } from "~/modules/groups/territory.server";
import { getLang } from "~/utils/lang.server";
import { isUuid } from "~/utils/uuid";

/**
 * A draft announcement's HTML (?brouillon=<id>) exactly as members will receive it (with sample
 * personal links), for the preview frame of /admin/groupes/<id>/annonce; without a draft of the
 * group, the empty shape of the email. Its own policy: no script, inline styles, framed by the
 * site only.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const id = params.id ?? "";
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  await requireGroup(organizer, id, { type: "group", id, action: "announcement.preview" });
  const draft = new URL(request.url).searchParams.get("brouillon") ?? "";
  const preview = await renderAnnouncementPreview({ groupId: id, id: isUuid(draft) ? draft : null, lang: await getLang(request) });
  if (!preview) throw new Response("Not found", { status: 404 });
  return new Response(preview.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
      "X-Frame-Options": "SAMEORIGIN",
    },
  });
}
