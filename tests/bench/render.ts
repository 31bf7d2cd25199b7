// npm run bench:render — the CPU an email costs the dispatcher to render (issue 29, item 12): in
// full (React Email's render, then toPlainText on its HTML, as before) beside filled into its
// shape's skeleton (renderEmail, app/utils/email-skeleton.server.ts), for signature-confirm and
// digest, each email with its own link. Prints the median over BENCH_RENDER_ROUNDS rounds (15) of
// BENCH_RENDER_EMAILS emails (200) of the process's CPU time (user + system) per email, and the
// machine's load. Asserts nothing about time; exits 1 if a filled email differs from its full render.
import { execFileSync } from "node:child_process";
import { TEST_ENV } from "../support/test-env";

const ROUNDS = Number(process.env.BENCH_RENDER_ROUNDS ?? 15);
const EMAILS = Number(process.env.BENCH_RENDER_EMAILS ?? 200);

// The environment's check asks for a database URL; this benchmark never opens it.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/unused";
Object.assign(process.env, TEST_ENV, { PUBLIC_URL: "http://localhost:3000" });
const { render, toPlainText } = await import("@react-email/render");
const { EMAIL_TEMPLATES } = await import("../../emails");
const { renderEmail } = await import("~/models/email-render.server");
const { env } = await import("~/utils/env.server");
const { translator } = await import("~/utils/i18n");

const e = env();
const sender = {
  name: e.SITE_PUBLISHER,
  address: e.SITE_PUBLISHER_ADDRESS ?? null,
  contact: e.SITE_CONTACT_EMAIL,
  siteUrl: `${e.PUBLIC_URL.replace(/\/$/, "")}/`,
};

const action = (n: number) => ({
  title: `Recours contre la vidéosurveillance algorithmique n° ${n}`,
  status: "FILED" as const,
  court: "Tribunal administratif de Nice",
  summary: "Un recours contre la VSA & ses caméras, déposé par le collectif.",
  filedOn: "2026-03-01",
  communes: ["Nice", "Cannes"],
  url: `https://technopolice.example/recours/${n}`,
});
const cases = {
  "signature-confirm": (n: number) => ({
    url: `https://technopolice.example/signature/${n.toString(36).padStart(22, "x")}`,
    petitionTitle: "Non à la vidéosurveillance algorithmique",
    communeName: "Nice",
    again: false,
    alreadyConfirmed: false,
  }),
  digest: (n: number) => ({
    date: "2026-12-06",
    webUrl: "https://technopolice.example/lettre/2026-12-06",
    unsubscribeUrl: `https://technopolice.example/desabonnement/${n.toString(36).padStart(22, "x")}`,
    actions: [1, 2, 3].map(action),
    updates: [{ actionTitle: action(4).title, happenedOn: "2026-11-30", text: "Audience fixée au 12 janvier.", url: action(4).url }],
  }),
} as const;

async function full(template: keyof typeof cases, props: unknown) {
  const { subject, element, headers } = EMAIL_TEMPLATES[template].build("fr", translator("fr"), props, sender);
  const html = await render(element);
  return { subject, html, text: toPlainText(html), ...(headers ? { headers } : {}) };
}

/** The median CPU time per email (µs) of `one` over the rounds. */
async function cpuPerEmail(one: (n: number) => Promise<unknown>) {
  const perEmail: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (let n = 0; n < EMAILS; n++) await one(round * EMAILS + n);
    const used = process.cpuUsage(start);
    perEmail.push((used.user + used.system) / EMAILS);
  }
  perEmail.sort((a, b) => a - b);
  return perEmail[Math.floor(perEmail.length / 2)];
}

const load = () => execFileSync("uptime", { encoding: "utf8" }).trim();
console.log(`machine load at start: ${load()}`);
console.log(`${ROUNDS} rounds of ${EMAILS} emails each, in French; median CPU time per email`);
console.log("");
console.log("| template | full render (µs) | filled skeleton (µs) | ratio |");
console.log("|---|---|---|---|");
let exact = true;
for (const template of Object.keys(cases) as (keyof typeof cases)[]) {
  const props = cases[template];
  // Warm both paths (the skeleton compiles at the shape's second email), and check them against each other.
  for (let n = 0; n < 50; n++) {
    const [filled, reference] = await Promise.all([renderEmail(template, "fr", props(n)), full(template, props(n))]);
    if (JSON.stringify(filled) !== JSON.stringify(reference)) exact = false;
  }
  const inFull = await cpuPerEmail((n) => full(template, props(n)));
  const fromSkeleton = await cpuPerEmail((n) => renderEmail(template, "fr", props(n)));
  console.log(`| ${template} | ${inFull.toFixed(0)} | ${fromSkeleton.toFixed(1)} | ${(inFull / fromSkeleton).toFixed(0)}× |`);
}
console.log("");
console.log(`machine load at end: ${load()}`);
console.log(exact ? "Every filled email was its full render, byte for byte." : "MISMATCH: a filled email differs from its full render!");
process.exit(exact ? 0 : 1);
