import { db } from "~/utils/db.server";

/** An open petition in a commune (Nice by default), closing any other open one there. */
export async function openPetition({ inseeCode = "06088", goal = 1000 }: { inseeCode?: string; goal?: number } = {}) {
  await db().petition.updateMany({ where: { inseeCode, status: "OPEN" }, data: { status: "CLOSED" } });
  return db().petition.create({
    data: {
      inseeCode,
      title: `Test petition ${Date.now()}`,
      body: "Texte de la pétition.",
      goal,
      status: "OPEN",
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "Test",
      openedAt: new Date(),
    },
  });
}

export function signer(overrides: Partial<{ firstName: string; lastName: string; email: string; postcode: string }> = {}) {
  return {
    firstName: "Camille",
    lastName: "Martin",
    email: `camille.${Math.random().toString(36).slice(2, 10)}@example.org`,
    residence: "france" as const,
    postcode: "06000",
    country: null,
    consentProcessing: true,
    showName: true,
    wantsNewsletter: false,
    mayContact: false,
    ...overrides,
  };
}

/** A supporter who lives abroad (issue 28): a country, no postcode. */
export function signerAbroad(country: string, overrides: Partial<{ firstName: string; lastName: string; email: string }> = {}) {
  return { ...signer(overrides), residence: "abroad" as const, postcode: null, country };
}
