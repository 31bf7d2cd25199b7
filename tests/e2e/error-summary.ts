import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * A failed form's error summary, as issue 17 asks for it everywhere: at the top of the form,
 * focused, "Erreur : " first in the title, and one link per field in error, to that field, with
 * the words shown next to the field. Returns the summary for further checks.
 */
export async function expectErrorSummary(page: Page, messages: string[]) {
  const summary = page.getByRole("alert").filter({ hasText: "Il y a un problème" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Erreur\s: /);
  const links = summary.getByRole("link");
  await expect(links).toHaveText(messages);
  for (const link of await links.all()) {
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^#./);
    // The link's target is in the page, in the same field as the message it repeats.
    const target = page.locator(`[id="${href!.slice(1)}"]`);
    await expect(target).toHaveCount(1);
    const text = (await link.textContent()) ?? "";
    await expect(page.locator(".field, fieldset", { has: target }).locator(".field-error", { hasText: text }).first()).toBeVisible();
  }
  return summary;
}

/** Follows the summary's link to a field: with JavaScript the field takes focus, without the URL names it. */
export async function followSummaryLink(page: Page, message: string, fieldId: string, javaScriptEnabled: boolean) {
  await page.getByRole("alert").getByRole("link", { name: message }).click();
  if (javaScriptEnabled) await expect(page.locator(`[id="${fieldId}"]`)).toBeFocused();
  else await expect(page).toHaveURL(new RegExp(`#${fieldId}$`));
}
