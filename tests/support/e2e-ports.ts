/** The site under test and its stand-ins: Resend (E2E_PORT+1), Stripe (E2E_PORT+2). */
export function e2ePorts() {
  const site = Number(process.env.E2E_PORT ?? 3100);
  return { site, resend: site + 1, stripe: site + 2 };
}
