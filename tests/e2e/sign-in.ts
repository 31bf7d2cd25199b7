import type { Page } from "@playwright/test";
import type { OrganizerRole } from "~/generated/prisma/client";
import { addOrganizer } from "~/models/organizer.server";
import { signIn } from "~/models/session.server";
import { e2ePorts } from "../support/e2e-ports";
import { expect } from "./fixtures";

/**
 * Creates an organizer (or an admin) and gives the page a session of theirs directly: the
 * session row and the signed cookie the site itself would set (app/models/session.server.ts).
 * The sign-in form and its email have their own journey (organizer.spec.ts).
 */
export async function signInAsOrganizer(page: Page, { role = "ORGANIZER" }: { role?: OrganizerRole } = {}) {
  const email = `organizer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@collectif.example`;
  const organizer = await addOrganizer({ email, role, addedBy: null });
  const { headers } = await signIn(organizer.id, "/admin");
  const [pair] = (headers.get("Set-Cookie") ?? "").split(";");
  const split = pair.indexOf("=");
  const url = `http://localhost:${e2ePorts().site}`;
  await page.context().addCookies([{ name: pair.slice(0, split), value: pair.slice(split + 1), url, secure: true, httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  return { email };
}
