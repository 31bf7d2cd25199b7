// One-time notices after an organizer's action ("3 signatures invalidated"), carried from the
// action's redirect to the page it leads to in a short-lived signed cookie, not in the address
// (issue 24: `?fait=`): a reload, a bookmark or a copied address does not show it again, and the
// address stays the page's own (the moderation list's filters, say). The notice names the path
// it is for; another page leaves it alone, and it expires within a minute.
import { createCookie, redirect, type Cookie } from "@remix-run/node";
import { env } from "./env.server";

export type Notice = { key: string; count?: number };
type Flash = Notice & { path: string };

let cookie: Cookie | undefined;

function flashCookie() {
  const { NODE_ENV, PUBLIC_URL, SESSION_SECRET } = env();
  const secure = NODE_ENV === "production" || PUBLIC_URL.startsWith("https:");
  cookie ??= createCookie(secure ? "__Host-flash" : "__flash", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 60, secrets: [SESSION_SECRET] });
  return cookie;
}

/** A redirect to `location` (a path, with its query if any) that shows `notice` there once. */
export async function redirectWithNotice(location: string, notice: Notice) {
  const path = new URL(location, "http://site").pathname;
  return redirect(location, { headers: { "Set-Cookie": await flashCookie().serialize({ ...notice, path } satisfies Flash) } });
}

function isFlash(value: unknown): value is Flash {
  if (typeof value !== "object" || value === null) return false;
  const { key, count, path } = value as Record<string, unknown>;
  return typeof key === "string" && typeof path === "string" && (count === undefined || (typeof count === "number" && Number.isSafeInteger(count)));
}

/**
 * The notice for this request's page, if any, and the headers that clear it (to return with the
 * loader's data: Remix passes a loader's Set-Cookie on to the page's response).
 */
export async function takeNotice(request: Request): Promise<{ notice: Notice | null; headers: Headers }> {
  const headers = new Headers();
  const value: unknown = await flashCookie().parse(request.headers.get("Cookie"));
  if (!isFlash(value) || value.path !== new URL(request.url).pathname) return { notice: null, headers };
  headers.append("Set-Cookie", await flashCookie().serialize("", { maxAge: 0 }));
  return { notice: value.count === undefined ? { key: value.key } : { key: value.key, count: value.count }, headers };
}
