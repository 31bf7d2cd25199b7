// React 18's streaming renderer wrote NUL bytes where a character of two or more bytes ("é",
// "’", a no-break space) did not fit at the end of its 2 KB buffer: it sent the whole buffer,
// unfilled end included ("r\0éponse" in 5 of 946 crawled pages, issue 27; facebook/react #24985).
// patches/react-dom+18.3.1.patch sends only what was written.
import { PassThrough } from "node:stream";
import { createElement, Fragment } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, test } from "vitest";

function render(node: React.ReactNode): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on("data", (chunk: Buffer) => chunks.push(chunk));
    sink.on("end", () => resolve(Buffer.concat(chunks)));
    const stream = renderToPipeableStream(node, { onAllReady: () => stream.pipe(sink), onError: reject });
  });
}

describe("the streaming renderer", () => {
  // French prose against the buffer's end at every offset: 40 paddings × 5 buffers of 2 KB each.
  // Unpatched, 8 of the 40 pages have a NUL byte.
  test("writes no NUL byte where a character straddles the end of its buffer", async () => {
    const pagesWithNul: number[] = [];
    for (let padding = 0; padding < 40; padding++) {
      const items = Array.from({ length: 200 }, (_, index) => createElement("li", { key: index }, `${"x".repeat(padding)}la réponse du maire\u202f: « non »`));
      const html = await render(createElement(Fragment, null, createElement("ul", null, items)));
      if (html.includes(0)) pagesWithNul.push(padding);
      const text = html.toString("utf8");
      expect(text).not.toContain("\uFFFD");
      expect(text.match(/la réponse du maire\u202f: « non »/g)).toHaveLength(200);
    }
    expect(pagesWithNul).toEqual([]);
  });
});
