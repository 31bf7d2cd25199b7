// The client's IP address: from the header the trusted reverse proxy sets (TRUSTED_PROXY_HEADER)
// and from nothing else, since any client can send any header. Without a configured proxy, the
// socket's address (server.js passes it in the load context).
import type { AppLoadContext } from "@remix-run/node";
import { ipHashFor } from "~/models/signature-index.server";
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

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function normalizeIp(address: string) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** The keyed hash stored instead of the address (rate limits, invalidation by IP). */
export function clientIpHash(request: Request, context: AppLoadContext) {
  return ipHashFor(clientIp(request, context));
}
