// The client's IP address: from the header the trusted reverse proxy sets (TRUSTED_PROXY_HEADER)
// and from nothing else, since any client can send any header. Without a configured proxy, the
// socket's address (server.js passes it in the load context).
import type { AppLoadContext } from "@remix-run/node";
import { blindIndex } from "./crypto.server";
import { env } from "./env.server";

export function clientIp(request: Request, context: AppLoadContext): string {
  return clientIpFrom(request.headers, context.socketAddress, env().TRUSTED_PROXY_HEADER);
}

export function clientIpFrom(headers: Headers, socketAddress: string | undefined, header: string | undefined): string {
  if (header) {
    // X-Forwarded-For lists every hop; the last one is what our own proxy saw.
    const value = headers.get(header)?.split(",").at(-1)?.trim();
    if (value) return normalizeIp(value);
  }
  return normalizeIp(socketAddress ?? "unknown");
}

/** Headers a proxy or tunnel adds; on this machine, it makes every client's socket look local. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"];
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether the request comes from a browser on this very machine: a loopback socket, nothing
 * forwarded it, and it names this machine (a page of another site whose name was rebound to
 * 127.0.0.1 does not). For what must never leave it, such as the demo's outbox of sign-in links.
 */
export function isLocalRequest(request: Request, context: AppLoadContext): boolean {
  const proxyHeader = env().TRUSTED_PROXY_HEADER;
  if ([...FORWARDING_HEADERS, ...(proxyHeader ? [proxyHeader] : [])].some((name) => request.headers.has(name))) return false;
  const ip = normalizeIp(context.socketAddress ?? "");
  if (!ip.startsWith("127.") && ip !== "::1") return false;
  return LOOPBACK_NAMES.has(new URL(request.url).hostname);
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function normalizeIp(address: string) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** The keyed hash stored instead of an IP address (signatures, rate limits, invalidation by IP). */
export const ipHashFor = (ip: string) => blindIndex(`ip:${ip}`);

/** The client's address as its keyed hash. */
export function clientIpHash(request: Request, context: AppLoadContext) {
  return ipHashFor(clientIp(request, context));
}

/**
 * What rate limits count per client: an IPv4 address, or an IPv6 address's /64 network (one
 * subscriber line or host gets a whole /64, so each of its addresses is not another client).
 */
export function rateLimitSubject(address: string) {
  if (!address.includes(":")) return address;
  const [head, tail = ""] = address.split("%")[0].toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * The network an address belongs to, as the fraud views group it: the /24 of an IPv4 address,
 * the /64 of an IPv6 one (an IPv4-mapped IPv6 address is its IPv4 address). Null for what is
 * not an address ("unknown" when no socket address was known).
 */
export function networkOf(address: string): string | null {
  const ip = normalizeIp(address.trim());
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255) ? `${v4.slice(1, 4).map(Number).join(".")}.0/24` : null;
  if (!/^[0-9a-f:]+(%.*)?$/i.test(ip) || !ip.includes(":")) return null;
  return rateLimitSubject(ip);
}

/** The keyed hash of an address's network (signature.network_hash); null when not an address. */
export function networkHashFor(address: string): string | null {
  const network = networkOf(address);
  return network ? blindIndex(`net:${network}`) : null;
}

/** The client's network as its keyed hash. */
export function clientNetworkHash(request: Request, context: AppLoadContext) {
  return networkHashFor(clientIp(request, context));
}
