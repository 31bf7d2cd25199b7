// Pure pieces of the hostile-visitor defences (issue 16): redirect targets, text normalisation,
// XML escaping, page-cache keys and the request-line check.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { rateLimitSubject } from "~/utils/client-ip.server";
import { bodyClass, checkRequestLine, HttpError } from "~/utils/node-http.server";
import { SHARED_PAGES } from "~/page-cache-entries.server";
import { pageKey as pageKeyOf } from "~/utils/page-cache.server";
import { safeRedirectPath } from "~/utils/safe-redirect";
import { escapeXml, normalizeText } from "~/utils/text";
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { LanguageChoiceSchema } from "~/schemas/language-choice";

/** A copy's key among the site's shared pages. */
const pageKey = (lang: string, url: string) => pageKeyOf(lang, url, SHARED_PAGES);

const FreeTextProbe = z.object({ text: freeText().min(1).max(10) });

describe("redirect targets", () => {
  it("keep paths on the site and refuse anything a browser would take elsewhere", () => {
    expect(safeRedirectPath("/villes/paris?tri=ville#signer")).toBe("/villes/paris?tri=ville#signer");
    expect(safeRedirectPath("/admin/../villes/nice")).toBe("/villes/nice");
    expect(safeRedirectPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "\\/evil.example",
      // Dot segments resolved after the host is read (issue 29): the path becomes "//evil.example".
      "/..//evil.example",
      "/..//evil.example/",
      "/./\\evil.example",
      "/.//evil.example",
      "/a/../..//evil.example",
      "/%2e%2e//evil.example",
      "/.%2e//evil.example",
      "%2F%2Fevil.example",
      // Browsers drop tabs and newlines inside a URL.
      "/\t/evil.example/",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/..\t//evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "javascript://%0aalert(1)",
      " /evil",
      "",
      "evil",
      42,
      null,
    ]) {
      expect(safeRedirectPath(hostile), JSON.stringify(hostile)).toBe("/");
    }
  });

  it("keep the language switch on the site (POST /langue)", () => {
    expect(LanguageChoiceSchema.parse({ lang: "en", redirectTo: "/..//evil.example/" }).redirectTo).toBe("/");
    expect(LanguageChoiceSchema.parse({ lang: "en", redirectTo: "/villes/nice" }).redirectTo).toBe("/villes/nice");
  });
});

describe("free text", () => {
  it("is NFC, without control characters but newline and tab", () => {
    expect(normalizeText("Cafe\u0301\u0000 a\u0001b\r\nc\td\u007f")).toBe("Café ab\nc\td");
    expect(FreeTextProbe.parse({ text: "  e\u0301\u0000  " })).toEqual({ text: "é" });
    expect(FreeTextProbe.safeParse({ text: "x".repeat(11) }).success).toBe(false);
  });

  it("is escaped for XML, and what XML 1.0 forbids is dropped", () => {
    expect(escapeXml(`<a href="x">&'\u0001\u0000\ufffe😀`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;😀");
  });
});

describe("page cache keys", () => {
  it("keep only the parameters the page reads, in a fixed order", () => {
    expect(pageKey("fr", "/recours?ville=Nice&statut=FILED&junk=1")).toBe(pageKey("fr", "/recours?statut=FILED&ville=Nice"));
    expect(pageKey("fr", "/villes/paris?utm_source=x")).toBe(pageKey("fr", "/villes/paris"));
    expect(pageKey("fr", "/villes?q=a")).not.toBe(pageKey("fr", "/villes?q=b"));
    expect(pageKey("fr", "/")).not.toBe(pageKey("en", "/"));
    // English named by the address is not the same page as English chosen by a cookie (their links differ); junk is ignored.
    expect(pageKey("en", "/villes/nice?lang=en")).not.toBe(pageKey("en", "/villes/nice"));
    expect(pageKey("fr", "/villes/nice?lang=zz")).toBe(pageKey("fr", "/villes/nice"));
  });
});

describe("request line", () => {
  const request = (url: string, { method = "GET", host = "localhost:3000" } = {}) => ({ url, method, headers: { host } }) as unknown as IncomingMessage;
  const status = (req: IncomingMessage) => {
    try {
      checkRequestLine(req);
      return 0;
    } catch (error) {
      return error instanceof HttpError ? error.status : -1;
    }
  };

  it("refuses what no page could answer", () => {
    expect(status(request("/villes/paris?q=%C3%A9"))).toBe(0);
    expect(status(request("/villes/%00"))).toBe(400);
    expect(status(request("/don/merci?session_id=%00"))).toBe(400);
    expect(status(request("/villes/%E0%A4%A"))).toBe(400);
    expect(status(request("/", { host: "[" }))).toBe(400);
    expect(status(request("/", { method: "TRACE" }))).toBe(405);
    expect(status(request(`/?q=${"a".repeat(9000)}`))).toBe(414);
  });

  it("classes bodies by route, single fetch included", () => {
    expect(bodyClass("/signaler")).toBe("upload");
    expect(bodyClass("/signaler.data")).toBe("upload");
    expect(bodyClass("/webhooks/stripe")).toBe("webhook");
    expect(bodyClass("/connexion")).toBe("form");
  });
});

describe("rate-limit subjects", () => {
  it("group IPv6 by /64", () => {
    expect(rateLimitSubject("2001:db8:1:2:aaaa::1")).toBe(rateLimitSubject("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    expect(rateLimitSubject("2001:db8:1:3::1")).not.toBe(rateLimitSubject("2001:db8:1:2::1"));
  });
});
