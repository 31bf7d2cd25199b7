// Every loader and action answers 503 with Retry-After when the database is unreachable, never
// a 500 (issue 29, item 9): outageAwareBuild wraps the build's routes; other errors pass through.
import type { ServerBuild } from "@remix-run/node";
import { describe, expect, test } from "vitest";
import { isDatabaseUnavailable, outageAwareBuild, withRetryAfter } from "~/utils/outage.server";

const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
const args = { request: new Request("http://localhost/villes/nice"), params: {}, context: {} };

function buildWith(module: Record<string, unknown>) {
  return { routes: { "routes/page": { id: "routes/page", path: "page", module } } } as unknown as ServerBuild;
}

async function thrown(run: () => unknown) {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
}

describe("outageAwareBuild", () => {
  test("a loader or action that cannot reach the database throws the 503 response", async () => {
    const failing = async () => {
      throw unreachable;
    };
    const { module } = outageAwareBuild(buildWith({ loader: failing, action: failing, default: () => null })).routes["routes/page"];
    for (const fn of [module.loader!, module.action!]) {
      const response = await thrown(() => fn(args as never));
      expect(response).toBeInstanceOf(Response);
      expect((response as Response).status).toBe(503);
      expect((response as Response).headers.get("Retry-After")).toBe("10");
    }
    expect(module.default).toBeTypeOf("function");
  });

  test("other errors, thrown responses and results pass through unchanged", async () => {
    const bug = new Error("a bug");
    const notFound = new Response("Not found", { status: 404 });
    const build = outageAwareBuild(
      buildWith({
        loader: async () => {
          throw bug;
        },
        action: async () => {
          throw notFound;
        },
      }),
    );
    const { module } = build.routes["routes/page"];
    expect(await thrown(() => module.loader!(args as never))).toBe(bug);
    expect(await thrown(() => module.action!(args as never))).toBe(notFound);
    const ok = outageAwareBuild(buildWith({ loader: async () => ({ fine: true }) })).routes["routes/page"].module;
    expect(await ok.loader!(args as never)).toEqual({ fine: true });
    expect(ok.action).toBeUndefined();
  });

  test("a 503 gets Retry-After when it lacks one; other statuses and a set value are left alone", () => {
    const headers = new Headers();
    withRetryAfter(503, headers);
    expect(headers.get("Retry-After")).toBe("10");
    const own = new Headers({ "Retry-After": "30" });
    withRetryAfter(503, own);
    expect(own.get("Retry-After")).toBe("30");
    const fine = new Headers();
    withRetryAfter(200, fine);
    expect(fine.has("Retry-After")).toBe(false);
  });
});

describe("isDatabaseUnavailable", () => {
  test("what pg, its pool and Prisma's adapter say when the server is away or out of connections", () => {
    for (const error of [
      unreachable,
      new Error("Client was closed and is not queryable"),
      new Error("Client has encountered a connection error and is not queryable"),
      new Error("timeout exceeded when trying to connect"),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
      Object.assign(new Error("adapter"), { cause: { kind: "TooManyConnections", cause: "too many" } }),
      Object.assign(new Error("wrapped"), { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) }),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  test("a bug or a constraint is not an outage", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
  });
});
