// Organizers' session cookie. It carries only the token of a session row
// (app/models/organizer-session.server.ts), checked on every request: the server ends sessions
// (sign-out, removal, role change, idle timeout, absolute lifetime), not the browser's Max-Age.
import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { createOrganizerSession, endOrganizerSession, endOrganizerSessions, organizerOfSession } from "./organizer-session.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";

type SessionData = { token: string };

let storage: ReturnType<typeof createStorage> | undefined;

/**
 * In production the cookie is Secure, and named with the __Host- prefix (Secure, path /, no
 * Domain: no subdomain can set or read it), whatever PUBLIC_URL says.
 */
export function sessionCookieName() {
  const { NODE_ENV, PUBLIC_URL } = env();
  return NODE_ENV === "production" || PUBLIC_URL.startsWith("https:") ? "__Host-session" : "__session";
}

function createStorage() {
  const { SESSION_SECRET, SESSION_HOURS } = env();
  const name = sessionCookieName();
  return createCookieSessionStorage<SessionData>({
    cookie: {
      name,
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Host-"),
      secrets: [SESSION_SECRET],
      maxAge: 60 * 60 * SESSION_HOURS,
    },
  });
}

function sessions() {
  storage ??= createStorage();
  return storage;
}

async function sessionToken(request: Request) {
  const cookie = request.headers.get("Cookie");
  if (!cookie?.includes(sessionCookieName())) return undefined;
  const token = (await sessions().getSession(cookie)).get("token");
  return typeof token === "string" ? token : undefined;
}

/** The organizer of the request's session, if it is still live on the server. */
export async function getOrganizerId(request: Request): Promise<string | undefined> {
  const token = await sessionToken(request);
  return token ? organizerOfSession({ token }) : undefined;
}

/** A fresh session (a new cookie, nothing carried over) for the organizer who just signed in. */
export async function signIn(organizerId: string, redirectTo: string) {
  const session = await sessions().getSession();
  session.set("token", await createOrganizerSession({ organizerId }));
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessions().commitSession(session) } });
}

/** Ends this session on the server and in the browser; with `everywhere`, all of the organizer's. */
export async function signOut(request: Request, { everywhere = false }: { everywhere?: boolean } = {}) {
  const token = await sessionToken(request);
  if (token) {
    const organizerId = everywhere ? await organizerOfSession({ token }) : undefined;
    if (organizerId) await db().$transaction((tx) => endOrganizerSessions(tx, { organizerId }));
    else await endOrganizerSession({ token });
  }
  const session = await sessions().getSession(request.headers.get("Cookie"));
  return redirect("/", { headers: { "Set-Cookie": await sessions().destroySession(session) } });
}
