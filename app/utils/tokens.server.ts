// Secret links (sign-in, confirmations, management pages): one way to make them, one way to
// store them. The database keeps only the SHA-256 of a token, so a dump gives no working link.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new secret token: 256 random bits, base64url (43 characters, safe in a URL). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores for a token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Constant-time comparison of two strings (signatures, MACs). */
export function safeEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
