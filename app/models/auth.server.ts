import { redirect } from "@remix-run/node";
import type { OrganizerRole } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { audit } from "./audit.server";
import { getActiveOrganizer } from "./organizer.server";
import { getOrganizerId } from "./session.server";

/**
 * The signed-in organizer, or a redirect to the sign-in page. With `role: "ADMIN"`, other
 * organizers get a 403; with `legal: true` (mandates, issue 26), every organizer without the
 * legal flag does, admins included. A coordinator (issue 25) gets a 403 everywhere except on the
 * pages that declare `territorial: true`, which then check each commune they touch
 * (app/modules/groups/territory.server.ts): closed unless opened. Every /admin loader and action
 * calls this.
 */
export async function requireOrganizer(request: Request, { role, legal, territorial }: { role?: OrganizerRole; legal?: true; territorial?: true } = {}) {
  const id = await getOrganizerId(request);
  const organizer = id ? await getActiveOrganizer({ id }) : null;
  if (!organizer) {
    const url = new URL(request.url);
    throw redirect(`/connexion?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (organizer.role === "COORDINATOR" && !territorial) {
    // Recorded like the territorial refusals (issue 25: every decision is audited): which page.
    const page = new URL(request.url).pathname;
    await audit(db(), { organizerId: organizer.id, action: "territory.refuse", subjectType: "page", subjectId: page, details: { attempted: request.method } });
    throw new Response("Forbidden", { status: 403 });
  }
  if (role === "ADMIN" && organizer.role !== "ADMIN") throw new Response("Forbidden", { status: 403 });
  if (legal && !organizer.legal) throw new Response("Forbidden", { status: 403 });
  return organizer;
}
