// npm run bench:addresses — the forms that must not tell whether an address is known (organizer
// sign-in, newsletter, volunteers, donation portal), timed for a known and an unknown address in
// interleaved pairs (which goes first alternates), against the built site as production runs it.
// Prints the medians; asserts nothing about time (this machine is shared and noisy).
//   BENCH_PAIRS=200 npm run bench:addresses
// Run `npm run build` first. Uses DATABASE_URL's server (database <name>_bench) or the embedded one.
import { benchDatabase, fmt, median, siteEnv, startSite, stopChild } from "./support";

const PAIRS = Number(process.env.BENCH_PAIRS ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3410);
const BASE = `http://localhost:${PORT}`;

const database = await benchDatabase();
const env = siteEnv({
  url: database.url,
  port: PORT,
  webConcurrency: 1,
  // Every request comes from this machine, as fast as it can: no minimum fill time, no limits.
  extra: { FORM_GUARD_MIN_SECONDS: "0", RATE_LIMITS: "*:ip=off,*:email=off" },
});
Object.assign(process.env, env);
const { addOrganizer } = await import("~/models/organizer.server");
const { subscribe } = await import("~/modules/newsletter/subscriber.server");
const { signUpVolunteer } = await import("~/modules/volunteers/volunteer.server");
const { donorIndexFor } = await import("~/modules/petitions/signature-index.server");
const { encrypt } = await import("~/utils/crypto.server");
const { db } = await import("~/utils/db.server");
const { issueFormGuardToken } = await import("~/utils/form-guard.server");
const { FORM_GUARD_FIELDS } = await import("~/utils/form-guard-fields");

// The known addresses: an organizer, a confirmed subscriber, a volunteer, a monthly donor.
const known = "known.person@example.org";
await addOrganizer({ email: known, role: "ORGANIZER", addedBy: null });
await subscribe({ email: known, lang: "fr", source: "page" });
await db().$executeRaw`UPDATE subscriber SET status = 'CONFIRMED', confirmed_at = now()`;
const volunteer = {
  name: "Camille",
  commune: "Rennes",
  inseeCode: "35238",
  email: known,
  skills: ["LEGAL" as const],
  availability: "MONTHLY" as const,
  languages: "",
  message: "",
  consentContact: true,
};
await signUpVolunteer({ inseeCode: "35238", input: volunteer, lang: "fr" });
const donor = await db().donor.create({ data: { email: encrypt(known), emailIndex: donorIndexFor(known), lang: "fr", stripeCustomerId: "cus_bench" } });
await db().donationSubscription.create({ data: { stripeSubscriptionId: "sub_bench", donorId: donor.id, amount: 1000 } });

const FORMS: { name: string; path: string; fields: (email: string) => Record<string, string> }[] = [
  { name: "organizer sign-in", path: "/connexion", fields: (email) => ({ email }) },
  { name: "newsletter", path: "/lettre", fields: (email) => ({ email, lang: "fr", source: "page" }) },
  {
    name: "volunteers",
    path: "/benevoles",
    fields: (email) => ({ name: "Camille", commune: "Rennes", inseeCode: "35238", email, skills: "LEGAL", availability: "MONTHLY", consentContact: "on" }),
  },
  { name: "donation portal", path: "/don/gerer", fields: (email) => ({ email }) },
];

const site = await startSite(env, "/connexion");
let sequence = 0;
async function post(path: string, fields: Record<string, string>) {
  const body = new URLSearchParams({ ...fields, [FORM_GUARD_FIELDS.honeypot]: "", [FORM_GUARD_FIELDS.token]: issueFormGuardToken(Date.now() - 10_000) });
  const started = performance.now();
  const response = await fetch(BASE + path, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded" },
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 302) throw new Error(`${path}: ${response.status}`);
  return ms;
}

try {
  console.log(`${PAIRS} interleaved pairs per form, one web process, no worker (what is timed is the request)`);
  for (const form of FORMS) {
    // Warm-up: the first requests compile and connect.
    for (let i = 0; i < 10; i++) await post(form.path, form.fields(`warm.${sequence++}@example.org`));
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < PAIRS; i++) {
      const unknown = `unknown.${process.pid}.${sequence++}@example.org`;
      if (i % 2 === 0) {
        times.known.push(await post(form.path, form.fields(known)));
        times.unknown.push(await post(form.path, form.fields(unknown)));
      } else {
        times.unknown.push(await post(form.path, form.fields(unknown)));
        times.known.push(await post(form.path, form.fields(known)));
      }
    }
    const k = median(times.known);
    const u = median(times.unknown);
    console.log(`${form.name.padEnd(18)} median known ${fmt(k, 1)} ms, unknown ${fmt(u, 1)} ms (difference ${fmt(k - u, 1)} ms)`);
  }
} finally {
  await stopChild(site);
  await db().$disconnect();
  await database.stop?.();
}
