import type { Page } from "@playwright/test";
import type { OrganizerRole } from "~/generated/prisma/client";
import { addOrganizer } from "~/models/organizer.server";
import { expect, lastEmailTo, linkIn } from "./fixtures";

/** Creates an organizer (or an admin) and signs the page in through the emailed one-time link. */
export async function signInAsOrganizer(page: Page, { role = "ORGANIZER" }: { role?: OrganizerRole } = {}) {
  const email = `organizer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@collectif.example`;
  await addOrganizer({ email, role, addedBy: null });
  const before = Date.now();
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto(linkIn(await lastEmailTo(email, { after: before }), "/connexion/"));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}
