// Organizers' sessions end on the server: a cookie that was valid stops opening /admin after
// sign-out, removal, a role change, too long idle, or its lifetime; one-click unsubscribe works
// with the headers mail providers send.
import { describe, expect, test } from "vitest";
import { addOrganizer, removeOrganizer } from "~/models/organizer.server";
import { unsubscribeToken } from "~/modules/newsletter/subscriber.server";
import { action as oneClickAction } from "~/routes/lettre_.desabonnement_.un-clic.$token";
import { requireOrganizer } from "~/models/auth.server";
import { db } from "~/utils/db.server";
import { signIn, signOut } from "~/models/session.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { confirmedSubscribers } from "../factories/newsletter";

const address = () => `organizer-${Math.random().toString(36).slice(2)}@collectif.example`;

/** Signs an organizer in as /connexion/<token> does and returns their browser's Cookie header. */
async function signedIn(role: "ADMIN" | "ORGANIZER" = "ORGANIZER") {
  const email = address();
  const organizer = await addOrganizer({ email, role, addedBy: null });
  const response = await signIn(organizer.id, "/admin");
  const cookie = response.headers.get("Set-Cookie")!.split(";")[0];
  return { email, organizerId: organizer.id, cookie };
}

const adminRequest = (cookie: string) => new Request("http://localhost/admin", { headers: { Cookie: cookie } });

/** Whether the cookie still opens /admin: requireOrganizer returns, or throws the sign-in redirect. */
async function opensAdmin(cookie: string) {
  try {
    await requireOrganizer(adminRequest(cookie));
    return true;
  } catch (error) {
    if (error instanceof Response && error.status === 302) return false;
    throw error;
  }
}

const signOutRequest = (cookie: string, body = "") =>
  new Request("http://localhost/deconnexion", { method: "POST", headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" }, body });

describe("organizer sessions", () => {
  test("the cookie stops working on the server once its owner signs out", async () => {
    const { cookie } = await signedIn();
    expect(await opensAdmin(cookie)).toBe(true);
    const response = await signOut(signOutRequest(cookie));
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    // The old cookie, replayed as it was (a copy taken before sign-out), is refused.
    expect(await opensAdmin(cookie)).toBe(false);
  });

  test("a removed organizer's cookie is refused, and stays refused if they are added again", async () => {
    const admin = await signedIn("ADMIN");
    const { email, organizerId, cookie } = await signedIn();
    await removeOrganizer({ organizerId, removedBy: admin.organizerId });
    expect(await opensAdmin(cookie)).toBe(false);
    await addOrganizer({ email, role: "ORGANIZER", addedBy: admin.organizerId });
    expect(await opensAdmin(cookie)).toBe(false);
    expect(await opensAdmin(admin.cookie)).toBe(true);
  });

  test("a role change ends the organizer's sessions", async () => {
    const { email, cookie } = await signedIn("ADMIN");
    await addOrganizer({ email, role: "ADMIN", addedBy: null }); // the same role: nothing ends
    expect(await opensAdmin(cookie)).toBe(true);
    await addOrganizer({ email, role: "ORGANIZER", addedBy: null });
    expect(await opensAdmin(cookie)).toBe(false);
  });

  test("a session idle for longer than SESSION_IDLE_MINUTES (2 h) is refused; activity keeps it alive", async () => {
    const { organizerId, cookie } = await signedIn();
    await db().organizerSession.updateMany({ where: { organizerId }, data: { lastSeenAt: new Date(Date.now() - 119 * 60_000) } });
    expect(await opensAdmin(cookie)).toBe(true); // and this request counts as activity
    expect((await db().organizerSession.findFirstOrThrow({ where: { organizerId } })).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await db().organizerSession.updateMany({ where: { organizerId }, data: { lastSeenAt: new Date(Date.now() - 121 * 60_000) } });
    expect(await opensAdmin(cookie)).toBe(false);
  });

  test("a session past its absolute lifetime (12 h) is refused, however active", async () => {
    const { organizerId, cookie } = await signedIn();
    const session = await db().organizerSession.findFirstOrThrow({ where: { organizerId } });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 3600_000);
    await db().organizerSession.updateMany({ where: { organizerId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await opensAdmin(cookie)).toBe(false);
  });

  test("signing out everywhere ends every session of the organizer, not other organizers'", async () => {
    const { email, organizerId, cookie: laptop } = await signedIn();
    const phone = (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")!.split(";")[0];
    const other = await signedIn();
    expect(await opensAdmin(phone)).toBe(true);
    await signOut(signOutRequest(laptop, "everywhere=1"), { everywhere: true });
    expect(await opensAdmin(laptop)).toBe(false);
    expect(await opensAdmin(phone)).toBe(false);
    expect(await opensAdmin(other.cookie)).toBe(true);
    expect(email).toContain("@");
  });

  test("a forged or garbled cookie is just signed out", async () => {
    expect(await opensAdmin("__session=garbage")).toBe(false);
    expect(await opensAdmin("__session=eyJ0b2tlbiI6IngifQ%3D%3D.AAAA")).toBe(false);
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  test("the POST as Gmail sends it, with an Origin header and no session, unsubscribes", async () => {
    const [email] = await confirmedSubscribers(1, { prefix: "gmail-one-click" });
    const subscriber = await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(email) } });
    const token = unsubscribeToken(subscriber.id);
    const response = await oneClickAction({
      request: new Request(`http://localhost/lettre/desabonnement/un-clic/${token}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: "https://mail.google.com",
          "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        },
        body: "List-Unsubscribe=One-Click",
      }),
      params: { token },
      context: {},
    });
    expect(response.status).toBe(200);
    expect((await db().subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("UNSUBSCRIBED");
  });
});
