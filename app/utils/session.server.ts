import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { env } from "./env.server";

type SessionData = { organizerId: string; signedInAt: number };

let storage: ReturnType<typeof createStorage> | undefined;

function createStorage() {
  const { SESSION_SECRET, PUBLIC_URL } = env();
  return createCookieSessionStorage<SessionData>({
    cookie: {
      name: "__session",
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: PUBLIC_URL.startsWith("https:"),
      secrets: [SESSION_SECRET],
      maxAge: 60 * 60 * 12,
    },
  });
}

function sessions() {
  storage ??= createStorage();
  return storage;
}

export async function getOrganizerId(request: Request): Promise<string | undefined> {
  const session = await sessions().getSession(request.headers.get("Cookie"));
  return session.get("organizerId");
}

/** A fresh session (a new cookie, nothing carried over) for the organizer who just signed in. */
export async function signIn(organizerId: string, redirectTo: string) {
  const session = await sessions().getSession();
  session.set("organizerId", organizerId);
  session.set("signedInAt", Date.now());
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessions().commitSession(session) } });
}

export async function signOut(request: Request) {
  const session = await sessions().getSession(request.headers.get("Cookie"));
  return redirect("/", { headers: { "Set-Cookie": await sessions().destroySession(session) } });
}
