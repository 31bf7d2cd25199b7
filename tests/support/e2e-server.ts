// Starts what the Playwright run talks to: a fresh database cloned from the migrated template and
// seeded, the Resend and Stripe stand-ins, the production build of the site and a worker process.
// E2E_SITE says which of the two sites (e2e-ports.ts): the journeys' or the hostile visitors'.
import { spawn } from "node:child_process";
import { startResendStandIn } from "../stand-ins/resend";
import { startStripeStandIn } from "../stand-ins/stripe";
import { cloneTemplate, seedDatabase, testDatabaseName } from "./databases";
import { e2eDatabase, e2ePorts, type E2eSite } from "./e2e-ports";
import { E2E_RESEND_WEBHOOK_SECRET, TEST_ENV } from "./test-env";

const site = (process.env.E2E_SITE ?? "journeys") as E2eSite;
const ports = e2ePorts(site);
const url = await cloneTemplate(testDatabaseName(e2eDatabase(site)));
await seedDatabase(url);
const resend = await startResendStandIn({ port: ports.resend });
// Its Checkout page (the demo's "mode test" page) delivers signed webhooks to the site.
const stripe = await startStripeStandIn({ port: ports.stripe, webhookUrl: `http://localhost:${ports.site}/webhooks/stripe` });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...TEST_ENV,
  NODE_ENV: "production",
  DATABASE_URL: url,
  PORT: String(ports.site),
  PUBLIC_URL: `http://localhost:${ports.site}`,
  RESEND_BASE_URL: resend.url,
  RESEND_WEBHOOK_SECRET: E2E_RESEND_WEBHOOK_SECRET,
  // Playwright fills forms faster than people; every request comes from 127.0.0.1. The per-email
  // limit of the petition form stays low for tests/e2e/security.spec.ts.
  FORM_GUARD_MIN_SECONDS: "0",
  RATE_LIMITS: "*:ip=off,*:email=off,petition-sign:email=3/3600",
  // Donations: the real Stripe SDK against the stand-in; the browser may be redirected to it.
  STRIPE_SECRET_KEY: "sk_test_stand_in",
  STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
  STRIPE_API_BASE_URL: stripe.url,
  CHECKOUT_ORIGIN: stripe.url,
  RECEIPTS_ENABLED: "true",
  ASSOCIATION_NAME: "Association Technopolice",
  ASSOCIATION_ADDRESS: "1 rue de l'Exemple, 75011 Paris",
  ASSOCIATION_OBJECT: "Défense des libertés face à la surveillance urbaine",
  ASSOCIATION_ID: "W751234567",
};
// The worker without npx and tsx in between: a SIGTERM reaches it, and it does not outlive this
// process (an orphaned worker took jobs from the next run's database, and sent their emails nowhere).
const children = [spawn("node", ["server.js"], { stdio: "inherit", env }), spawn("node", ["--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", env })];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
  void resend.close();
  void stripe.close();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
for (const child of children) child.on("exit", (code) => (stop(), process.exit(code ?? 0)));
