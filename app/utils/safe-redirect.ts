// Redirect targets taken from a request (a form's redirectTo, a query string) are resolved the way
// a browser resolves a Location header, with `new URL()` against the site, and refused unless the
// result is on the site: "/\t/evil.example/" is "//evil.example/" to a browser, another site.
const SITE = "http://site.invalid";

/** The same-origin path (with query and fragment) `value` leads to, or `fallback`. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SITE) return fallback;
  // Dot segments are resolved after the host is read: "/..//evil.example" and "/./\evil.example"
  // stay on the site here but resolve to the path "//evil.example", which a browser given it as a
  // Location reads as another host. A path on this site never starts with two slashes.
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
