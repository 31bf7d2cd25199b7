// The worker and the site under a database outage: PostgreSQL (behind a TCP proxy the test cuts,
// the shared server itself is never stopped) goes away for 5 s under a running `npm run worker`;
// the worker stays alive, and the emails queued meanwhile leave once the database is back. Then
// the built site (two web processes) through its own proxy, under a few hundred mixed requests
// while the database goes away and comes back: no 500, every 503 says when to come back
// (Retry-After), and a signature form posted meanwhile comes back with what was typed (issue 29,
// item 9).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { queueEmail } from "~/models/email-message.server";
import { db } from "~/utils/db.server";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { openPetition } from "../factories/petition";
import { startResendStandIn, type ResendStandIn } from "../stand-ins/resend";
import { startSiteProcess, until, type SiteProcess } from "../support/site-process";
import { startTcpProxy } from "../support/tcp-proxy";
import { TEST_ENV } from "../support/test-env";

let resend: ResendStandIn;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let worker: ChildProcess;
let output = "";

beforeAll(async () => {
  resend = await startResendStandIn();
  const url = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  worker = spawn("node", ["--import", "tsx", "scripts/worker.ts"], {
    // A loaded test machine may take longer than a server to stop: the test checks that the stop
    // is clean, not how fast it is.
    env: { ...process.env, DATABASE_URL: proxy.through(process.env.DATABASE_URL!), RESEND_BASE_URL: resend.url, WORKER_STOP_SECONDS: "240" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout!.on("data", (chunk) => (output += chunk));
  worker.stderr!.on("data", (chunk) => (output += chunk));
});
afterAll(async () => {
  if (worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  await proxy.close();
  await resend.close();
});

const email = (key: string, to: string) => ({
  key,
  template: "organizer-sign-in" as const,
  to,
  lang: "fr" as const,
  props: { url: `https://example.org/${key}`, minutes: 15 },
});

test("PostgreSQL away for 5 s under a running worker: it stays alive and sends what was queued meanwhile", async () => {
  const stamp = Date.now();
  await until(() => output.includes("Technopolice worker started."), { timeout: 120_000, message: "the worker started" });
  await db().$transaction((tx) => queueEmail(tx, email(`outage-before-${stamp}`, "before-outage@example.org")));
  await until(() => resend.emailsTo("before-outage@example.org").length > 0, { timeout: 60_000 });

  await proxy.cut();
  const cutAt = Date.now();
  // Queued during the outage (the test's own connection does not go through the proxy).
  await db().$transaction(async (tx) => {
    for (let i = 0; i < 5; i++) await queueEmail(tx, email(`outage-during-${stamp}-${i}`, `during-outage-${i}@example.org`));
  });
  await until(() => /email dispatcher:|heartbeat:|pg-boss:|tally:/.test(output) && Date.now() - cutAt >= 5_000, {
    timeout: 60_000,
    message: "the worker noticed the outage",
  });
  expect(worker.exitCode).toBeNull();
  await proxy.restore();

  await until(() => [0, 1, 2, 3, 4].every((i) => resend.emailsTo(`during-outage-${i}@example.org`).length > 0), {
    timeout: 90_000,
    message: "emails sent after the outage",
  });
  for (let i = 0; i < 5; i++) expect(resend.emailsTo(`during-outage-${i}@example.org`)).toHaveLength(1);
  expect(worker.exitCode).toBeNull();
  expect(resend.stats.keyConflicts).toBe(0);

  // A deploy: SIGTERM stops it cleanly (exit code 0); anything else exits non-zero.
  const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
  worker.kill("SIGTERM");
  expect(await exited).toBe(0);
}, 600_000);

/** What the test sends: pages, single fetch's data, resource routes (JSON, CSV, Atom), signatures. */
const READS = [
  "/",
  "/villes/nice",
  "/petitions",
  "/villes",
  "/projets",
  "/entreprises",
  "/recours",
  "/lettre/archives",
  "/connexion",
  "/admin",
  "/villes/nice.data",
  "/_root.data",
  "/petitions.data?_routes=routes%2Fpetitions",
  "/projets.data",
  "/villes/nice/petition.json",
  "/petitions.json",
  "/projets.json",
  "/entreprises.json",
  "/carte.csv",
  "/projets.atom",
  "/recours.atom",
  "/demandes.atom",
  "/api/communes?q=nic",
];

type Answer = { what: string; status: number; retryAfter: string | null; body: string };

async function read(url: string, path: string, { close = false } = {}): Promise<Answer> {
  const response = await fetch(`${url}${path}`, { redirect: "manual", headers: close ? { connection: "close" } : {} });
  return { what: `GET ${path}`, status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text() };
}

/** A signature as a browser posts it: without JavaScript (the page), or with it (single fetch's data). */
async function sign(url: string, n: number, { script }: { script: boolean }): Promise<Answer & { typed: string }> {
  const typed = `outage.${n}.${Date.now()}@example.org`;
  const body = new URLSearchParams({
    firstName: `Sacha${n}`,
    lastName: "Panne",
    email: typed,
    postcode: "06000",
    consentProcessing: "on",
    [FORM_GUARD_FIELDS.honeypot]: "",
    [FORM_GUARD_FIELDS.token]: issueFormGuardToken(),
  });
  const path = script ? "/villes/nice.data" : "/villes/nice";
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: url },
    body,
  });
  return { what: `POST ${path}`, status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text(), typed };
}

test("the site under a database outage: a few hundred mixed requests, no 500, each 503 with Retry-After, typed values kept", async () => {
  // server.js serves the production build; scripts/test.sh builds before Vitest runs.
  if (!existsSync("build/index.js")) throw new Error("This test runs the built site: run `npx remix build` first.");
  await openPetition();
  const url = new URL(process.env.DATABASE_URL!);
  const siteProxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  let site: SiteProcess | undefined;
  try {
    site = await startSiteProcess({
      ...process.env,
      ...TEST_ENV,
      NODE_ENV: "production",
      WEB_CONCURRENCY: "2",
      DATABASE_URL: siteProxy.through(process.env.DATABASE_URL!),
      RESEND_BASE_URL: resend.url,
      FORM_GUARD_MIN_SECONDS: "0",
      RATE_LIMITS: "*:ip=off,*:email=off",
    });
    const started = site;
    const processes = await until(() => (started.webProcesses().length === 2 ? started.webProcesses() : null), {
      timeout: 300_000,
      message: "two web processes",
    });
    // Both processes have served every page once, and keep a copy of what they may serve during
    // the outage: connections go to each in turn, so two in a row reach both.
    for (const path of READS) for (let i = 0; i < 2; i++) await read(started.url, path, { close: true });

    const answers: (Answer & { typed?: string })[] = [];
    let n = 0;
    /** One round: every read, and two signatures of each kind. */
    const round = async () => {
      const sent = [...READS.map((path) => read(started.url, path)), sign(started.url, n++, { script: false }), sign(started.url, n++, { script: true })];
      answers.push(...(await Promise.all(sent)));
    };
    await siteProxy.cut();
    const cutAt = Date.now();
    // At least 5 s without the database, and at least ten rounds (250 requests).
    for (let rounds = 0; rounds < 10 || Date.now() - cutAt < 5_000; rounds++) await round();
    await siteProxy.restore();
    // And while it comes back, until the site answers as before.
    await until(
      async () => {
        await round();
        return (await fetch(`${started.url}/healthz`)).status === 200;
      },
      { timeout: 120_000, message: "the site back" },
    );
    await round();

    const statuses = answers.reduce<Record<number, number>>((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {});
    console.log(`${answers.length} requests during the outage and after: ${JSON.stringify(statuses)}`);
    expect(answers.length).toBeGreaterThanOrEqual(200);
    const logged = started
      .output()
      .split("\n")
      .filter((line) => !/"level":"(info|warn)"|during a form submission|^\s*$/.test(line))
      .join("\n");
    expect(
      answers.filter((answer) => answer.status >= 500 && answer.status !== 503).map((answer) => `${answer.what}: ${answer.status}`),
      logged,
    ).toEqual([]);
    expect(answers.filter((answer) => answer.status === 503 && answer.retryAfter === null).map((answer) => answer.what)).toEqual([]);
    expect(statuses[503]).toBeGreaterThan(0);
    // A signature the database could not take: the form again, with what was typed, and why.
    const refused = answers.filter((answer) => answer.typed && answer.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.body, answer.what).toContain(answer.typed);
      // The page says it in words; single fetch's data carries the message's key.
      expect(answer.body, answer.what).toMatch(answer.what.endsWith(".data") ? /errors\.databaseUnavailable/ : /rien n’a été enregistré/);
    }
    expect(started.child.exitCode).toBeNull();
    // Both web processes lived through it: the same two, none replaced.
    expect(started.webProcesses().sort()).toEqual(processes.sort());
    expect(started.output()).not.toMatch(/web process \d+ exited/);
  } finally {
    await site?.stop();
    await siteProxy.close();
  }
}, 600_000);
