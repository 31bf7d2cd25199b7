// Browser-safe email helpers.

const DOTLESS_PROVIDERS = new Set(["gmail.com", "googlemail.com"]);

/**
 * One person, one address: lower case, "+tag" removed, and for providers that ignore dots in
 * the local part (Gmail), the dots removed; googlemail.com counts as gmail.com.
 * "A.B+x@Gmail.com" and "ab@gmail.com" give the same canonical address.
 */
export function canonicalEmail(email: string) {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  local = local.split("+")[0];
  if (DOTLESS_PROVIDERS.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}

export function emailDomain(email: string) {
  return canonicalEmail(email).split("@")[1] ?? "";
}

/** Whether a stored address (null once erased) is the same person's as `email`, as the canonical forms say. */
export const sameAddress = (stored: string | null, email: string) => stored !== null && canonicalEmail(stored) === canonicalEmail(email);
