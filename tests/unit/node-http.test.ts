// Node's request and response as Remix sees them (app/utils/node-http.server.ts), through a real
// node:http server: what a hostile client sends must reach an action as something it can read,
// and a response must carry one of each security header.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityMiddleware } from "~/utils/http-security.server";
import { HttpError, sendFetchResponse, toFetchRequest } from "~/utils/node-http.server";

/** Answers what the action would see: the form's fields, or the error's status. */
const server = http.createServer((req, res) => {
  securityMiddleware(req, res, () => {
    const path = (req.url ?? "/").split("?")[0];
    if (path.startsWith("/documents/") || path.startsWith("/demandes/documents/")) {
      // A document route's own headers (app/routes/documents.$id.ts).
      const headers = { "Content-Type": "image/png", "Content-Security-Policy": "sandbox; default-src 'none'", "X-Content-Type-Options": "nosniff" };
      return void sendFetchResponse(res, new Response("png", { headers }));
    }
    toFetchRequest(req, res)
      .then(async (request) => {
        const form = await request.formData();
        await sendFetchResponse(
          res,
          Response.json(
            { fields: [...form.keys()] },
            {
              headers: [
                ["Set-Cookie", "a=1"],
                ["Set-Cookie", "b=2"],
              ],
            },
          ),
        );
      })
      .catch((error: unknown) => {
        res.statusCode = error instanceof HttpError ? error.status : 500;
        res.end(String(error));
      });
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** node:http's own request: fetch() would add a Content-Type of its own. */
function post(path: string, headers: Record<string, string>, body = "") {
  return new Promise<{ status: number; body: string; raw: string[] }>((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method: "POST", headers }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text, raw: response.rawHeaders }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("form bodies", () => {
  it("an empty body reaches the action as an empty form, whatever its type says (issue 29, item 3)", async () => {
    for (const headers of [{}, { "Content-Type": "text/plain" }, { "Content-Type": "application/json" }, { "Content-Length": "0" }] as Record<
      string,
      string
    >[]) {
      for (const path of ["/lettre", "/lettre.data"]) {
        const answer = await post(path, headers);
        expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(200);
        expect(JSON.parse(answer.body)).toEqual({ fields: [] });
      }
    }
  });

  it("a body that is not a form is refused before any action", async () => {
    expect((await post("/lettre", { "Content-Type": "text/plain" }, "hello")).status).toBe(415);
    expect((await post("/lettre", {}, "email=x")).status).toBe(415);
    expect((await post("/lettre", { "Content-Type": "multipart/form-data; boundary=x" }, "garbage")).status).toBe(400);
    expect(JSON.parse((await post("/lettre", { "Content-Type": "application/x-www-form-urlencoded" }, "email=x")).body)).toEqual({ fields: ["email"] });
  });
});

describe("response headers", () => {
  const count = (raw: string[], name: string) => raw.filter((value, i) => i % 2 === 0 && value.toLowerCase() === name).length;

  it("a route's own policy is the only one, and nosniff comes once (issue 29, item 8)", async () => {
    for (const path of ["/documents/x", "/demandes/documents/x"]) {
      const { raw } = await post(path, { "Content-Type": "application/x-www-form-urlencoded" });
      expect(count(raw, "content-security-policy"), path).toBe(1);
      expect(raw[raw.findIndex((value, i) => i % 2 === 0 && value.toLowerCase() === "content-security-policy") + 1]).toBe("sandbox; default-src 'none'");
      expect(count(raw, "x-content-type-options"), path).toBe(1);
    }
  });

  it("pages keep the site's policy and every cookie", async () => {
    const { raw } = await post("/lettre", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(count(raw, "content-security-policy")).toBe(1);
    expect(count(raw, "set-cookie")).toBe(2);
  });
});
