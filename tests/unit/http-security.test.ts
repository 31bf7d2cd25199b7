import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, freshNonce, isCrossSiteWrite, pageCacheControl, securityHeaders } from "~/utils/http-security.server";
import { issueFormGuardToken } from "~/utils/form-guard.server";

describe("security headers", () => {
  it("locks pages down with a nonce-based policy", () => {
    const policy = contentSecurityPolicy("abc123");
    for (const directive of [
      "script-src 'nonce-abc123' 'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self' https://checkout.stripe.com",
    ]) {
      expect(policy).toContain(directive);
    }
    const headers = securityHeaders("/villes/nice", "abc123");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("leaves the embeddable counter to set its own policy", () => {
    expect(securityHeaders("/embed/nice", "n")["Content-Security-Policy"]).toBeUndefined();
    expect(securityHeaders("/embed/nice", "n")["X-Frame-Options"]).toBeUndefined();
  });

  it("leaves documents, a report's or one obtained through a request, to set their own (issue 29, item 8)", () => {
    for (const path of ["/documents/x", "/demandes/documents/x"]) expect(securityHeaders(path, "n")["Content-Security-Policy"], path).toBeUndefined();
    expect(securityHeaders("/demandes/x", "n")["Content-Security-Policy"]).toBeDefined();
  });
});

describe("origin check", () => {
  const host = "localhost:3000";
  it("refuses writes from another site", () => {
    expect(isCrossSiteWrite("POST", "/villes/nice", { origin: "https://evil.example", host })).toBe(true);
    expect(isCrossSiteWrite("POST", "/villes/nice", { origin: "null", host })).toBe(true);
    expect(isCrossSiteWrite("POST", "/villes/nice", { "sec-fetch-site": "cross-site", host })).toBe(true);
  });

  it("accepts the site's own forms, reads, and webhooks", () => {
    expect(isCrossSiteWrite("POST", "/villes/nice", { origin: "http://localhost:3000", host })).toBe(false);
    expect(isCrossSiteWrite("POST", "/villes/nice", { "sec-fetch-site": "same-origin", host })).toBe(false);
    expect(isCrossSiteWrite("GET", "/villes/nice", { origin: "https://evil.example", host })).toBe(false);
    expect(isCrossSiteWrite("POST", "/webhooks/stripe", { origin: "https://evil.example", host })).toBe(false);
  });
});

describe("cache policy (issue 29, item 6)", () => {
  it("never stores a page with personal data, nor its single-fetch data", () => {
    for (const path of [
      "/admin",
      "/admin/benevoles",
      "/admin/petitions/0b7f3c1e-1111-4222-8333-444455556666",
      "/admin.data",
      "/admin/signalements.data",
      "/benevole/tok",
      "/demande/tok",
      "/demande/tok.data",
      "/mes-donnees/tok",
      "/signature/tok",
      "/signalement/tok",
      "/demande-petition/tok",
      "/connexion/tok",
      "/don/gerer/tok",
      "/lettre/confirmation/tok",
      "/lettre/desabonnement/tok",
      "/dev/outbox",
      "/mandat/tok",
      "/mandat/tok.data",
    ]) {
      expect(pageCacheControl(path), path).toBe("private, no-store");
    }
  });

  it("lets public pages be kept and checked again", () => {
    for (const path of [
      "/",
      "/demandes",
      "/demandes/0b7f3c1e-1111-4222-8333-444455556666",
      "/mes-donnees",
      "/connexion",
      "/don/gerer",
      "/administration",
      "/villes/nice",
      "/mandats/nice-vsa",
    ]) {
      expect(pageCacheControl(path), path).toBe("private, no-cache");
    }
  });
});

describe("per-response values", () => {
  it("draws every nonce afresh: 128 bits, never twice, across refills of the pool", () => {
    const nonces = Array.from({ length: 1_000 }, freshNonce);
    expect(new Set(nonces).size).toBe(1_000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("signs the form guard's timestamp once per millisecond", () => {
    const now = Date.now();
    expect(issueFormGuardToken(now)).toBe(issueFormGuardToken(now));
    expect(issueFormGuardToken(now).startsWith(`${now}.`)).toBe(true);
    expect(issueFormGuardToken(now + 1)).not.toBe(issueFormGuardToken(now));
    expect(issueFormGuardToken(now + 1).startsWith(`${now + 1}.`)).toBe(true);
  });
});
