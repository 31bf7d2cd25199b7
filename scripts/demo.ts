// `npm run demo`: the site with demo data at http://localhost:3000.
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/postgres.
import { existsSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { demoHost } from "./demo-host";
import { ensureDevSecrets } from "./dev-secrets";
import { ensureDatabase } from "./embedded-database";
import { startStripeStandIn } from "../tests/stand-ins/stripe";

ensureDevSecrets();
// .env is optional; variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${code})`))));
  });
}

const database = await ensureDatabase();
const env = { ...process.env, DATABASE_URL: database.url };
if (!process.env.DATABASE_URL) console.log("Using the embedded PostgreSQL in .data/postgres (set DATABASE_URL to use another).");

const children: ChildProcess[] = [];
async function shutdown(code: number) {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on("exit", resolve)))));
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  await run("npm", ["run", "--silent", "db:deploy"], env);
  await run("npx", ["tsx", "scripts/import-communes.ts"], env);
  await run("npx", ["tsx", "prisma/seed.ts"], { ...env, SEED_DEMO_LIFE: "true" });
  await run("npm", ["run", "--silent", "build"], { ...env, NODE_ENV: "production" });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

// Emails stay in the local outbox (/dev/outbox) unless a Resend key is configured.
const port = process.env.PORT ?? "3000";
const siteEnv: NodeJS.ProcessEnv = {
  ...env,
  NODE_ENV: "production",
  PORT: port,
  HOST: demoHost(process.env.HOST),
  EMAIL_OUTBOX: process.env.EMAIL_OUTBOX ?? "true",
  // Who runs the demo site, as the legal notice and the emails' footers show it (.env.example's
  // examples): values that read like real ones, where the site's defaults name the setting to fill.
  SITE_PUBLISHER_ADDRESS: process.env.SITE_PUBLISHER_ADDRESS ?? "1 rue de l'Exemple, 75011 Paris",
  SITE_PUBLICATION_DIRECTOR: process.env.SITE_PUBLICATION_DIRECTOR ?? "Camille Exemple, présidente",
  SITE_HOST: process.env.SITE_HOST ?? "Hébergeur SAS",
  SITE_HOST_ADDRESS: process.env.SITE_HOST_ADDRESS ?? "2 rue de l'Hébergement, 59100 Roubaix",
};
// Donations work without a Stripe account: the project's Stripe stand-in serves a Checkout page
// labelled "mode test" and sends the site the signed webhooks Stripe would send. With
// STRIPE_SECRET_KEY set, the site talks to Stripe (test mode) instead.
if (!process.env.STRIPE_SECRET_KEY) {
  const site = siteEnv.PUBLIC_URL ?? `http://localhost:${port}`;
  const checkout = await startStripeStandIn({ port: Number(process.env.DEMO_STRIPE_PORT ?? Number(port) + 1), webhookUrl: `${site}/webhooks/stripe` });
  Object.assign(siteEnv, {
    STRIPE_SECRET_KEY: "sk_test_demo_stand_in",
    STRIPE_WEBHOOK_SECRET: checkout.webhookSecret,
    STRIPE_API_BASE_URL: checkout.url,
    CHECKOUT_ORIGIN: checkout.url,
  });
  console.log(`Donations in test mode: Checkout stand-in at ${checkout.url} (no real payment).`);
}
const web = spawn("node", ["server.js"], { stdio: "inherit", env: siteEnv });
children.push(web);
web.on("exit", (code) => void shutdown(code ?? 0));
// The worker is supervised as systemd would: if it ends on an error, it is started again.
let stoppingDemo = false;
process.once("SIGINT", () => (stoppingDemo = true));
process.once("SIGTERM", () => (stoppingDemo = true));
function startWorkerProcess(restarts = 0) {
  const worker = spawn("node", ["--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", env: siteEnv });
  children.push(worker);
  const startedAt = Date.now();
  worker.on("exit", (code) => {
    children.splice(children.indexOf(worker), 1);
    if (stoppingDemo || code === 0) return;
    const again = Date.now() - startedAt < 10_000 ? restarts + 1 : 0;
    console.error(`worker exited with code ${code}: starting it again`);
    setTimeout(() => startWorkerProcess(again), Math.min(30_000, 500 * 2 ** again));
  });
}
startWorkerProcess();
