import { describe, expect, test } from "vitest";
import { freeText } from "~/schemas/free-text";

const Probe = freeText({ error: "probe.required" }).min(1, "probe.empty").max(5, "probe.tooLong");
const messages = (value: unknown) => {
  const result = Probe.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("freeText", () => {
  test.each([
    ["NFC: a decomposed é becomes one character", "e\u0301", "é"],
    ["trimmed", "  abc \n", "abc"],
    ["CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["tab and newline are kept inside", "a\tb\nc", "a\tb\nc"],
    ["NUL, bell, escape and DEL are dropped", "a\u0000b\u0007c\u001b\u007f", "abc"],
    ["vertical tab and form feed are dropped", "a\u000bb\u000c", "ab"],
  ])("%s", (_, input, output) => {
    expect(freeText().parse(input)).toBe(output);
  });

  test.each([
    ["5 characters", "abcde", []],
    ["5 characters once normalised (e + combining accent is one)", "abcde\u0301", []],
    ["5 characters once control characters are dropped", "ab\u0000c\u0001de", []],
    ["5 characters once trimmed", "  abcde  ", []],
    ["6 characters", "abcdef", ["probe.tooLong"]],
    ["only spaces and control characters: empty", " \u0000\t ", ["probe.empty"]],
    ["a number", 42, ["probe.required"]],
    ["undefined", undefined, ["probe.required"]],
  ])("limits count the normalised, trimmed text: %s", (_, input, expected) => {
    expect(messages(input)).toEqual(expected);
  });
});
