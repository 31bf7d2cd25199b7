import { describe, expect, test } from "vitest";
import { BUSY, workQueue } from "~/utils/work-queue.server";

/** A task that ends when the test says so, and tells when it started. */
function task(name: string, log: string[]) {
  let finish = () => {};
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return {
    run: () => {
      log.push(`start ${name}`);
      return done;
    },
    finish: () => finish(),
  };
}

describe("work queue", () => {
  test("runs one at a time in order, lets two wait, and answers busy past that", async () => {
    const queue = workQueue({ concurrency: 1, maxWaiting: 2 });
    const log: string[] = [];
    const [a, b, c, d] = ["a", "b", "c", "d"].map((name) => task(name, log));
    const results = [a, b, c, d].map((t) => queue.run(t.run));
    expect(await results[3]).toBe(BUSY);
    expect(queue.stats()).toEqual({ running: 1, waiting: 2 });
    expect(log).toEqual(["start a"]);
    a.finish();
    expect(await results[0]).toBe("a");
    await Promise.resolve();
    expect(log).toEqual(["start a", "start b"]);
    b.finish();
    c.finish();
    expect(await Promise.all(results.slice(1, 3))).toEqual(["b", "c"]);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  test("a waiting task whose signal aborts gives its place up and is never run", async () => {
    const queue = workQueue({ concurrency: 1, maxWaiting: 2 });
    const log: string[] = [];
    const [a, b, c] = ["a", "b", "c"].map((name) => task(name, log));
    const controller = new AbortController();
    const first = queue.run(a.run);
    const second = queue.run(b.run, controller.signal);
    const third = queue.run(c.run);
    controller.abort();
    expect(await second).toBe(BUSY);
    expect(queue.stats()).toEqual({ running: 1, waiting: 1 });
    a.finish();
    c.finish();
    expect([await first, await third]).toEqual(["a", "c"]);
    expect(log).toEqual(["start a", "start c"]);
    expect(await queue.run(b.run, controller.signal)).toBe(BUSY);
  });

  test("a failing task gives its turn to the next", async () => {
    const queue = workQueue({ concurrency: 1, maxWaiting: 1 });
    const failing = queue.run(() => Promise.reject(new Error("broken file")));
    const next = queue.run(() => Promise.resolve("next"));
    await expect(failing).rejects.toThrow("broken file");
    expect(await next).toBe("next");
  });
});
