// A shared copy is cut once where the per-response values go (the CSP nonce, the form guard's
// token), then filled for each response: what a visitor gets is the page with their values,
// byte for byte, and a page without a form never signs a token.
import { describe, expect, test } from "vitest";
import { cut, fill as chunks } from "~/utils/page-cache.server";

const fill = (...args: Parameters<typeof chunks>) => Buffer.concat(chunks(...args));

describe("page cache copies", () => {
  const nonce = "a+b/c==";
  const token = "1733.x-y_z";
  const page = `<script nonce="${nonce}">é</script><input value="${token}"><style nonce="${nonce}"></style>«${token}»`;

  test("filled with this response's values, every occurrence, UTF-8 intact", () => {
    const copy = cut(page, nonce, token);
    expect(copy.holes).toEqual(["nonce", "token", "nonce", "token"]);
    const filled = fill(copy, "N0NCE", () => "T0KEN").toString("utf8");
    expect(filled).toBe(page.replaceAll(nonce, "N0NCE").replaceAll(token, "T0KEN"));
    expect(filled).not.toContain(nonce);
  });

  test("the values' characters are taken literally, not as a pattern", () => {
    const copy = cut("a+b/c== aab/c==", nonce, token);
    expect(fill(copy, "X", () => "Y").toString()).toBe("X aab/c==");
  });

  test("a page without a form does not make a token; a page without either is sent as it is", () => {
    let made = 0;
    const withNonce = cut(`<script nonce="${nonce}"></script>`, nonce, token);
    expect(fill(withNonce, "N", () => String(++made)).toString()).toBe('<script nonce="N"></script>');
    expect(made).toBe(0);
    const plain = cut("{}", nonce, token);
    expect(fill(plain, "N", () => String(++made)).toString()).toBe("{}");
    expect(made).toBe(0);
  });
});
