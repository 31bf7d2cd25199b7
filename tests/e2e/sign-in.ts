import type { Page } from "@playwright/test";
import type { OrganizerRole } from "~/generated/prisma/client";
import { addOrganizer } from "~/models/organizer.server";
import { signIn } from "~/models/session.server";
import { db } from "~/utils/db.server";
import { ensureGroup } from "../factories/territory";
import { e2ePorts } from "../support/e2e-ports";
import { expect } from "./fixtures";

/**
 * Creates an organizer (an admin, or a group's coordinator) and signs the page in directly: the site's own signIn makes
 * the session row and the signed cookie, and the browser receives them as the site sends them,
 * in a redirect's Set-Cookie (a __Host- cookie cannot be added to an http://localhost context
 * any other way). The sign-in form, its email and its link have their own journey
 * (organizer.spec.ts).
 */
export async function signInAsOrganizer(
  page: Page,
  { role = "ORGANIZER", legal = false, groupSlug }: { role?: OrganizerRole; legal?: boolean; groupSlug?: string } = {},
) {
  const email = `organizer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@collectif.example`;
  const organizer = await addOrganizer({ email, role, addedBy: null });
  // The legal flag (issue 26: mandates) is given apart from the role.
  if (legal) await db().organizer.update({ where: { id: organizer.id }, data: { legal: true } });
  // A coordinator (issue 25) coordinates a group: `groupSlug`, Marseille's by default (the demo's
  // slugs; the group and its commune are made when the database does not have it).
  const group = role === "COORDINATOR" || groupSlug ? await ensureGroup(groupSlug ?? "marseille") : null;
  if (group) await db().groupCoordinator.create({ data: { groupId: group.id, organizerId: organizer.id } });
  const signedIn = await signIn(organizer.id, "/admin");
  const entry = `http://localhost:${e2ePorts().site}/__test-sign-in`;
  await page.route(entry, (route) => route.fulfill({ status: 302, headers: { "Set-Cookie": signedIn.headers.get("Set-Cookie")!, Location: "/admin" } }));
  await page.goto(entry);
  await page.unroute(entry);
  await expect(page).toHaveURL(/\/admin$/);
  return { email, id: organizer.id, group };
}
