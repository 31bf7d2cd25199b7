// What production needs from the processes themselves: a web process that dies is replaced,
// SIGTERM (a deploy) lets every started request finish, and a database outage is said plainly.
// Each test starts its own `node server.js` against the e2e database, the outage test through a
// TCP proxy it cuts (the shared PostgreSQL is never stopped).
import http from "node:http";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { startSiteProcess, until, type SiteProcess } from "../support/site-process";
import { startTcpProxy } from "../support/tcp-proxy";
import { productionSiteEnv } from "../support/production-site-env";
import { expect, test } from "./fixtures";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

const siteEnv = productionSiteEnv;

const sites: SiteProcess[] = [];
test.afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.stop()));
});

async function site(extra: Record<string, string> = {}) {
  const started = await startSiteProcess(siteEnv(extra));
  sites.push(started);
  return started;
}

/** A signature posted as a browser without JavaScript posts it; `hold` sends all but the body's last byte. */
function postSignature(url: string, token: string, { hold = false } = {}) {
  const body = new URLSearchParams({
    firstName: "Camille",
    lastName: "Vague",
    email: `wave.${suffix()}@example.org`,
    postcode: "06000",
    consentProcessing: "on",
    [FORM_GUARD_FIELDS.honeypot]: "",
    [FORM_GUARD_FIELDS.token]: token,
  }).toString();
  let finish = () => {};
  let connected: () => void = () => {};
  const onSocket = new Promise<void>((resolve) => (connected = resolve));
  const answered = new Promise<number | string>((resolve) => {
    const request = http.request(`${url}/villes/nice`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), origin: url },
    });
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    request.on("socket", (socket) => (socket.connecting ? socket.once("connect", () => connected()) : connected()));
    if (hold) {
      request.write(body.slice(0, -1));
      finish = () => request.end(body.slice(-1));
    } else request.end(body);
  });
  return { answered, connected: onSocket, finish: () => finish() };
}

async function guardToken(url: string) {
  const page = await (await fetch(`${url}/villes/nice`)).text();
  const token = page.match(new RegExp(`name="${FORM_GUARD_FIELDS.token}" value="([^"]+)"`))?.[1];
  expect(token).toBeTruthy();
  return token!;
}

test.describe("processes", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "process tests run once");
  test.setTimeout(240_000);

  test("a web process killed under WEB_CONCURRENCY=2 is replaced", async () => {
    const started = await site({ WEB_CONCURRENCY: "2" });
    const first = await until(() => (started.webProcesses().length === 2 ? started.webProcesses() : null), { message: "two web processes" });
    process.kill(first[0], "SIGKILL");
    const replaced = await until(
      () => {
        const now = started.webProcesses();
        return now.length === 2 && !now.includes(first[0]) ? now : null;
      },
      { message: "a new web process" },
    );
    expect(replaced).toContain(first[1]);
    await until(() => started.output().includes(`web process ${first[0]} exited (SIGKILL); starting another`), { message: "the primary's log" });
    // Both serve: many requests in a row all succeed.
    for (let i = 0; i < 20; i++) expect((await fetch(`${started.url}/healthz`)).status).toBe(200);
    expect(started.child.exitCode).toBeNull();
  });

  test("SIGTERM during a wave of signatures: every request that started is answered, none reset", async () => {
    const started = await site({ WEB_CONCURRENCY: "2" });
    await until(() => started.webProcesses().length === 2, { message: "two web processes" });
    const token = await guardToken(started.url);
    // 32 signers have sent their request but the last byte of its body when the deploy begins.
    const wave = Array.from({ length: 32 }, () => postSignature(started.url, token, { hold: true }));
    await Promise.all(wave.map((request) => request.connected));
    // Connections are handed to the web processes in turn: once later ones are answered, the wave's are theirs.
    for (let i = 0; i < 4; i++) expect((await fetch(`${started.url}/healthz`, { headers: { connection: "close" } })).status).toBe(200);
    started.child.kill("SIGTERM");
    await until(() => (started.output().match(/stopping, answering the requests in flight/g) ?? []).length === 2, { message: "both processes draining" });
    for (const request of wave) request.finish();
    const statuses = await Promise.all(wave.map((request) => request.answered));
    expect(statuses).toEqual(Array(32).fill(302));
    expect(await started.exited).toBe(0);
    sites.splice(sites.indexOf(started), 1);
  });
});

test("a signature attempted while the database is down gets 503, its values kept and a plain message", async ({ page, javaScriptEnabled }) => {
  test.setTimeout(240_000);
  const proxy = await startTcpProxy({
    host: new URL(process.env.E2E_DATABASE_URL!).hostname,
    port: Number(new URL(process.env.E2E_DATABASE_URL!).port || 5432),
  });
  try {
    const started = await site({ DATABASE_URL: proxy.through(process.env.E2E_DATABASE_URL!) });
    await page.goto(`${started.url}/villes/nice`);
    const form = page.getByRole("region", { name: "Signer la pétition" });
    const email = `outage.${suffix()}@example.org`;
    await form.getByLabel("Prénom", { exact: true }).fill("Sacha");
    await form.getByLabel("Nom", { exact: true }).fill("Panne");
    await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
    await form.getByLabel("Code postal", { exact: true }).fill("06000");
    await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();

    await proxy.cut();
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await form.getByRole("button", { name: "Signer" }).click();
    const answer = await response;
    expect(answer.status()).toBe(503);
    expect(answer.headers()["retry-after"]).toBe("10");
    await expect(page.getByText("rien n’a été enregistré")).toBeVisible();
    await expect(form.getByLabel("Prénom", { exact: true })).toHaveValue("Sacha");
    await expect(form.getByLabel("Adresse électronique", { exact: true })).toHaveValue(email);
    await expect(form.getByLabel("Code postal", { exact: true })).toHaveValue("06000");
    if (!javaScriptEnabled) expect(await (await fetch(`${started.url}/healthz`)).json()).toMatchObject({ database: "unreachable" });

    // Back again: the same form, sent again, is acknowledged.
    await proxy.restore();
    await until(() => fetch(`${started.url}/healthz`).then((r) => r.status === 200), { message: "database back" });
    await form.getByRole("button", { name: "Signer" }).click();
    await expect(page).toHaveURL(/\/villes\/nice\/verification/);
  } finally {
    await proxy.close();
  }
});
