/**
 * The sites under test and their stand-ins: the journeys' site on E2E_PORT (3100), its Resend
 * stand-in on +1 and its Stripe stand-in on +2; the hostile visitors' own site, with its own
 * database, on E2E_PORT+10 (+11, +12), so that it can run beside the journeys.
 */
export type E2eSite = "journeys" | "hostile";

export function e2ePorts(site: E2eSite = "journeys") {
  const port = Number(process.env.E2E_PORT ?? 3100) + (site === "hostile" ? 10 : 0);
  return { site: port, resend: port + 1, stripe: port + 2 };
}

/** The database each site runs on (a name under DATABASE_URL's server; see databases.ts). */
export function e2eDatabase(site: E2eSite = "journeys") {
  return site === "hostile" ? "e2e_hostile" : "e2e";
}
