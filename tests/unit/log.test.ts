import { afterEach, expect, test, vi } from "vitest";
import { log, REQUEST_ID_HEADER } from "~/utils/log.server";

afterEach(() => vi.restoreAllMocks());

function captured(stream: NodeJS.WriteStream) {
  const lines: string[] = [];
  vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  return lines;
}

test("an event is one JSON line with the request's id, method and path, and the error's message", () => {
  const lines = captured(process.stderr);
  const request = new Request("http://localhost/villes/nice?x=1", { method: "POST", headers: { [REQUEST_ID_HEADER]: "r-123" } });
  log.error("request failed", { error: new Error("boom"), request, attempt: 2 });
  expect(lines).toHaveLength(1);
  expect(lines[0].endsWith("\n")).toBe(true);
  expect(lines[0].trim()).not.toContain("\n");
  const entry = JSON.parse(lines[0]);
  expect(entry).toMatchObject({ level: "error", event: "request failed", requestId: "r-123", method: "POST", path: "/villes/nice", error: "boom", attempt: 2 });
  expect(new Date(entry.time).getTime()).not.toBeNaN();
  expect(entry.stack).toContain("boom");
});

test("info goes to stdout, and fields that cannot be serialised do not throw", () => {
  const lines = captured(process.stdout);
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  log.info("retention: rule run", { rule: "x", deleted: 3 });
  log.info("odd", { circular });
  expect(JSON.parse(lines[0])).toMatchObject({ level: "info", event: "retention: rule run", rule: "x", deleted: 3 });
  expect(JSON.parse(lines[1])).toMatchObject({ event: "odd", note: "fields could not be serialised" });
});
