import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { ManageSubscriptionSchema, SubscribeSchema } from "~/modules/newsletter/schema";
import { manageSubscription, subscribe } from "./cases/small";
import { describeCases, formDataOf } from "./support";

describeCases(subscribe);
describeCases(manageSubscription);

describe("newsletter schemas, parsed", () => {
  test("subscribing defaults to French from the page", () => {
    expect(SubscribeSchema.parse({ email: " ann@example.fr " })).toEqual({ email: "ann@example.fr", lang: "fr", source: "page" });
  });

  test("through Conform: empty language and source fall back to their defaults", () => {
    const submission = parseWithZod(formDataOf({ email: "ann@example.fr", lang: "", source: "" }), { schema: SubscribeSchema });
    expect(submission.status === "success" && submission.value).toEqual({ email: "ann@example.fr", lang: "fr", source: "page" });
  });

  test("managing: each intent gives its own shape", () => {
    expect(ManageSubscriptionSchema.parse({ intent: "unsubscribe", lang: "en" })).toEqual({ intent: "unsubscribe" });
    expect(ManageSubscriptionSchema.parse({ intent: "lang", lang: "en" })).toEqual({ intent: "lang", lang: "en" });
  });
});
