import { describe, expect, test } from "vitest";
import { LanguageChoiceSchema } from "~/schemas/language-choice";

describe("LanguageChoiceSchema (POST /langue)", () => {
  test.each([
    ["French, back to a page", { lang: "fr", redirectTo: "/villes/nice?x=1#signer" }, { lang: "fr", redirectTo: "/villes/nice?x=1#signer" }],
    ["English", { lang: "en", redirectTo: "/" }, { lang: "en", redirectTo: "/" }],
    ["no redirect: home", { lang: "en" }, { lang: "en", redirectTo: "/" }],
    ["a redirect to another site: home", { lang: "en", redirectTo: "//evil.example/" }, { lang: "en", redirectTo: "/" }],
    ["a tab trick: home", { lang: "en", redirectTo: "/\t/evil.example/" }, { lang: "en", redirectTo: "/" }],
    ["an absolute URL: home", { lang: "en", redirectTo: "https://evil.example/" }, { lang: "en", redirectTo: "/" }],
    ["a redirect that is not a string: home", { lang: "en", redirectTo: 42 }, { lang: "en", redirectTo: "/" }],
  ])("%s", (_, input, output) => {
    expect(LanguageChoiceSchema.parse(input)).toEqual(output);
  });

  test.each([
    ["missing", {}],
    ["unknown", { lang: "de" }],
    ["upper case", { lang: "FR" }],
    ["a number", { lang: 1 }],
  ])("a %s language is refused", (_, input) => {
    const result = LanguageChoiceSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["lang"]]);
  });
});
