import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { SignInRequestSchema } from "~/schemas/sign-in-request";
import { signInRequest } from "./cases/small";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(signInRequest);

describe("SignInRequestSchema, parsed", () => {
  test.each([
    ["the admin home", "/admin", "/admin"],
    ["an admin page with its query", "/admin/petitions?page=2#top", "/admin/petitions?page=2#top"],
    ["the admin with a query only", "/admin?x=1", "/admin?x=1"],
    ["a page that only starts like the admin", "/administration", undefined],
    ["a public page", "/villes", undefined],
    ["another site", "//evil.example/admin", undefined],
    ["a tab trick", "/\t/evil.example/admin", undefined],
    ["nothing", "", undefined],
  ])("redirectTo: %s", (_, redirectTo, expected) => {
    expect(SignInRequestSchema.parse({ email: " Ann@Example.fr ", redirectTo })).toEqual({ email: "Ann@Example.fr", redirectTo: expected });
  });

  test("through Conform: an empty email is required, an empty redirect absent", () => {
    const submission = parseWithZod(formDataOf({ email: "", redirectTo: "" }), { schema: SignInRequestSchema });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({ email: ["errors.email.required"] });
  });
});
