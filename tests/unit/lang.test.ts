import { expect, test } from "vitest";
import { translator } from "~/utils/i18n";
import { action } from "~/routes/langue";
import { env } from "~/utils/env.server";
import { getLang, langCookie, langFromAcceptLanguage, langFromHeaders, langWithoutChoice, withoutLangParam } from "~/utils/lang.server";

test("Accept-Language picks the preferred of French and English, French otherwise", () => {
  expect(langFromAcceptLanguage(null)).toBe("fr");
  expect(langFromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
  expect(langFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5,fr;q=0.7")).toBe("fr");
  expect(langFromAcceptLanguage("de-DE")).toBe("fr");
  expect(langFromAcceptLanguage("en;q=0, fr")).toBe("fr");
});

test("a remembered choice wins over Accept-Language", async () => {
  const cookie = await langCookie.serialize("fr");
  const request = new Request("http://localhost/", {
    headers: { Cookie: cookie.split(";")[0], "Accept-Language": "en" },
  });
  expect(await getLang(request)).toBe("fr");
});

test("messages are interpolated and numbers formatted per language", () => {
  expect(translator("fr")("commune.population", { population: 357737 })).toBe("357\u202f737 habitants");
  expect(translator("en")("commune.population", { population: 357737 })).toBe("357,737 inhabitants");
});

test("the language cookie is Secure in production (issue 29, item 11)", async () => {
  const config = env();
  const nodeEnv = config.NODE_ENV;
  try {
    config.NODE_ENV = "production";
    const body = new URLSearchParams({ lang: "en", redirectTo: "/villes/nice" });
    const response = await action({ request: new Request("http://localhost/langue", { method: "POST", body }), params: {}, context: {} });
    expect(response.headers.get("Location")).toBe("/villes/nice");
    const setCookie = response.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^lang=/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
  } finally {
    config.NODE_ENV = nodeEnv;
  }
});

test("an address's ?lang= wins over the cookie and Accept-Language; the language switch drops it", async () => {
  const cookie = (await langCookie.serialize("fr")).split(";")[0];
  expect(await getLang(new Request("http://localhost/villes/nice?lang=en", { headers: { Cookie: cookie, "Accept-Language": "fr" } }))).toBe("en");
  expect(await getLang(new Request("http://localhost/villes/nice?lang=fr", { headers: { "Accept-Language": "en" } }))).toBe("fr");
  expect(await getLang(new Request("http://localhost/villes/nice?lang=de", { headers: { "Accept-Language": "en" } }))).toBe("en");
  expect(withoutLangParam("/villes/nice?lang=en")).toBe("/villes/nice");
  expect(withoutLangParam("/petitions?tri=ville&lang=en")).toBe("/petitions?tri=ville");
  expect(withoutLangParam("/carte")).toBe("/carte");
});

test("without a cookie, the page cache's quick path finds the same language as the full rule", async () => {
  const headers = [undefined, "", "en-GB,en;q=0.9,fr;q=0.8", "fr-FR", "de, en;q=0.5", "de", "en;q=0, fr;q=0.1", "x".repeat(300)];
  const urls = ["/villes/nice", "/villes/nice?lang=en", "/agenda?lang=fr&departement=13", "/groupes?lang=de"];
  for (const header of headers) {
    for (const url of urls) {
      // Asked twice: the second answer comes from the memo of headers already seen.
      for (let i = 0; i < 2; i++) expect(langWithoutChoice(header, url), `${header} ${url}`).toBe(await langFromHeaders(undefined, header, url));
    }
  }
  expect(langWithoutChoice("en-GB,en;q=0.9", "/villes/nice")).toBe("en");
  expect(langWithoutChoice("en-GB,en;q=0.9", "/villes/nice?lang=fr")).toBe("fr");
  // A choice made (the cookie) still wins over Accept-Language.
  expect(await langFromHeaders(await langCookie.serialize("fr"), "en", "/villes/nice")).toBe("fr");
});
