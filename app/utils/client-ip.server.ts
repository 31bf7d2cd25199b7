import type { AppLoadContext } from "@remix-run/node";
import { ipHashFor } from "~/models/signature-index.server";

/** The keyed hash of the request's IP address, as server.js passes it in the load context. */
export function clientIpHash(context: AppLoadContext) {
  const ip = typeof context.clientIp === "string" ? context.clientIp : "unknown";
  return ipHashFor(ip);
}
