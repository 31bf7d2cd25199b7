import { describe, expect, expectTypeOf, test } from "vitest";
import { fail, ok, type Result } from "~/utils/result";

describe("Result", () => {
  test("ok carries the value's fields beside ok: true", () => {
    expect(ok()).toEqual({ ok: true });
    const signed = ok({ repeat: false, id: "x" });
    expect(signed).toEqual({ ok: true, repeat: false, id: "x" });
    expectTypeOf(signed).toEqualTypeOf<{ readonly ok: true } & { readonly repeat: false; readonly id: "x" }>();
  });

  test("a value cannot overwrite ok", () => {
    expect(ok({ ok: false } as object)).toEqual({ ok: true });
  });

  test("fail names the refusal with a literal type", () => {
    const refused = fail("closed");
    expect(refused).toEqual({ ok: false, error: "closed" });
    expectTypeOf(refused.error).toEqualTypeOf<"closed">();
  });

  test("both fit a Result and narrow on ok", () => {
    const answer = (open: boolean): Result<{ id: string }, "closed"> => (open ? ok({ id: "p1" }) : fail("closed"));
    const opened = answer(true);
    if (opened.ok) expectTypeOf(opened.id).toEqualTypeOf<string>();
    else expectTypeOf(opened.error).toEqualTypeOf<"closed">();
    expect(opened).toEqual({ ok: true, id: "p1" });
    expect(answer(false)).toEqual({ ok: false, error: "closed" });
  });
});
