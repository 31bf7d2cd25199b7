// Personal data at rest: AES-256-GCM with a key id (keys rotate), HMAC blind indexes for
// equality lookups, keyed hashes for IP addresses. Keys come from the environment.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "./env.server";

type Keyring = { current: string; keys: Map<string, Buffer> };
let keyring: Keyring | undefined;

function keys(): Keyring {
  if (keyring) return keyring;
  const entries = env()
    .DATA_ENCRYPTION_KEYS.split(",")
    .map((entry) => {
      const [id, material] = entry.trim().split(":");
      return [id, Buffer.from(material, "base64")] as const;
    });
  keyring = { current: entries[0][0], keys: new Map(entries) };
  return keyring;
}

/** "v1.<key id>.<iv>.<ciphertext+tag>", base64url parts. */
export function encrypt(plaintext: string): string {
  const { current, keys: all } = keys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", all.get(current)!, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return ["v1", current, iv.toString("base64url"), body.toString("base64url")].join(".");
}

export function decrypt(sealed: string): string {
  const [version, keyId, iv, body] = sealed.split(".");
  const key = keys().keys.get(keyId);
  if (version !== "v1" || !key || !iv || !body) throw new Error("Cannot decrypt: unknown format or key id.");
  const bytes = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
}

/** Keyed hash for equality lookups and unique constraints on a canonical value. */
export function blindIndex(value: string): string {
  return createHmac("sha256", Buffer.from(env().BLIND_INDEX_KEY, "base64")).update(value).digest("base64url");
}

/**
 * What each keyed index is for. Each purpose has its own key, derived from BLIND_INDEX_KEY with
 * HKDF-SHA256 and the purpose as label, so that the same address gives unrelated values in two
 * tables: a dump cannot join a signature to a volunteer or a donor (docs/decisions/0013).
 */
export type IndexPurpose =
  | "signature-email"
  | "volunteer-email"
  | "donor-email"
  | "subscriber-email"
  | "organizer-email"
  | "email-recipient"
  | "email-idempotency"
  | "data-access-email"
  | "petition-request-email"
  | "mandate-email"
  | "event-registration"
  | "group-member"
  | "group-request";

const purposeKeys = new Map<IndexPurpose, Buffer>();

function purposeKey(purpose: IndexPurpose) {
  let key = purposeKeys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", Buffer.from(env().BLIND_INDEX_KEY, "base64"), Buffer.alloc(0), `technopolice blind index: ${purpose}`, 32));
    purposeKeys.set(purpose, key);
  }
  return key;
}

/** Keyed hash of a canonical value under its purpose's own key. */
export function keyedIndex(purpose: IndexPurpose, value: string): string {
  return createHmac("sha256", purposeKey(purpose)).update(value).digest("base64url");
}
