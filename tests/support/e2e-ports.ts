/** The site under test and its Resend stand-in (E2E_PORT and the next port). */
export function e2ePorts() {
  const site = Number(process.env.E2E_PORT ?? 3100);
  return { site, resend: site + 1 };
}
