import { afterEach, expect, test, vi } from "vitest";
import { handleError } from "~/entry.server";

afterEach(() => vi.restoreAllMocks());

function captured() {
  const lines: Record<string, unknown>[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(JSON.parse(String(chunk))), true));
  }
  return lines;
}

// What Remix hands to handleError when its router refuses a request (isRouteErrorResponse's shape).
function refusal(status: number, statusText: string, reason: string) {
  return { status, statusText, internal: true, data: reason, error: new Error(reason) };
}

test("a POST to a route without a form is a warning with its status and the router's reason, not an error", () => {
  const lines = captured();
  const request = new Request("http://localhost/documents/not-a-uuid", { method: "POST" });
  handleError(refusal(405, "Method Not Allowed", 'You made a POST request to "/documents/not-a-uuid" but did not provide an `action`'), { request });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: "warn", event: "request refused", status: 405, method: "POST", path: "/documents/not-a-uuid" });
  expect(lines[0].error).toContain("did not provide an `action`");
});

test("a refusal of the server's own making, and a thrown error, stay errors with their message", () => {
  const lines = captured();
  const request = new Request("http://localhost/villes/nice");
  handleError(refusal(500, "Internal Server Error", "the router broke"), { request });
  handleError(new Error("boom"), { request });
  expect(lines.map((line) => [line.level, line.event, line.error])).toEqual([
    ["error", "request failed", "the router broke"],
    ["error", "request failed", "boom"],
  ]);
});

test("nothing is logged when the visitor went away", () => {
  const lines = captured();
  const controller = new AbortController();
  controller.abort();
  handleError(new Error("late"), { request: new Request("http://localhost/", { signal: controller.signal }) });
  expect(lines).toEqual([]);
});
