// The dev outbox (issue 17 item 8): filter by recipient, pages past the latest ones, the HTML
// part with its title and sender footer, and a text part that gives each address once.
import { describe, expect, test } from "vitest";
import { listOutbox, queueEmails } from "~/models/email-message.server";
import { loader } from "~/routes/dev.outbox";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";

const run = Math.random().toString(36).slice(2, 10);
const many = `many.${run}@example.org`;
const few = `few.${run}@example.org`;

async function outboxEmails(to: string, count: number) {
  const emails = Array.from({ length: count }, (_, index) => ({
    key: `outbox-test/${run}/${to}/${index}`,
    template: "organizer-sign-in" as const,
    lang: "fr" as const,
    to,
    props: { url: `https://technopolice.example/connexion/${run}${index}`, minutes: 15 },
  }));
  const ids = await db().$transaction((tx) => queueEmails(tx, emails));
  await db().emailMessage.updateMany({ where: { id: { in: ids.filter((id): id is string => id !== null) } }, data: { status: "OUTBOX", sentAt: new Date() } });
}

describe("dev outbox", () => {
  test("filters by recipient (case aside), pages through more than one page, renders both parts", async () => {
    await outboxEmails(many, 25);
    await outboxEmails(few, 2);

    const filtered = await listOutbox({ to: few.toUpperCase() });
    expect(filtered.total).toBe(2);
    expect(filtered.emails.map((email) => email.to)).toEqual([few, few]);
    const [email] = filtered.emails;
    expect(email.html).toContain("<title>Votre lien de connexion à Technopolice</title>");
    expect(email.html).toContain("word-break:break-all");
    expect(email.text).not.toContain("Si le bouton ne fonctionne pas");
    const url = /https:\/\/technopolice\.example\/connexion\/\S+/.exec(email.text)?.[0] ?? "";
    expect(email.text.split(url)).toHaveLength(2);
    expect(email.text).toMatch(/Envoyé par .+\./);

    const first = await listOutbox({ to: many, limit: 20 });
    const second = await listOutbox({ to: many, limit: 20, page: 2 });
    expect(first.total).toBe(25);
    expect(first.pages).toBe(2);
    expect(first.emails).toHaveLength(20);
    expect(second.emails).toHaveLength(5);
    expect(new Set([...first.emails, ...second.emails].map((e) => e.id)).size).toBe(25);
  });
});

describe("who may read the outbox (issue 29, item 10)", () => {
  /** The loader's answer to a request from `socketAddress` for `url`: 200, or the status it threw. */
  async function status(
    socketAddress: string,
    { url = "http://localhost:3000/dev/outbox", headers = {} }: { url?: string; headers?: Record<string, string> } = {},
  ) {
    const config = env();
    const key = config.RESEND_API_KEY;
    config.RESEND_API_KEY = undefined; // emails kept in the outbox, as in development
    try {
      await loader({ request: new Request(url, { headers }), context: { socketAddress }, params: {} });
      return 200;
    } catch (error) {
      if (error instanceof Response) return error.status;
      throw error;
    } finally {
      config.RESEND_API_KEY = key;
    }
  }

  test("a browser on this machine, and no one else", async () => {
    expect(await status("127.0.0.1")).toBe(200);
    expect(await status("::1", { url: "http://[::1]:3000/dev/outbox" })).toBe(200);
    expect(await status("::ffff:127.0.0.1", { url: "http://127.0.0.1:3000/dev/outbox" })).toBe(200);
    // Another machine on the network of a demo shown with HOST=0.0.0.0.
    expect(await status("192.168.1.23")).toBe(404);
    expect(await status("::ffff:10.0.0.7")).toBe(404);
    // Through a proxy or a tunnel on this machine: the socket is local, the client is not.
    expect(await status("127.0.0.1", { headers: { "x-forwarded-for": "203.0.113.9" } })).toBe(404);
    expect(await status("127.0.0.1", { headers: { forwarded: "for=203.0.113.9" } })).toBe(404);
    // Another site's page whose name was rebound to 127.0.0.1 (DNS rebinding).
    expect(await status("127.0.0.1", { url: "http://evil.example:3000/dev/outbox" })).toBe(404);
  });
});
