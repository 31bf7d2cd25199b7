import { describe, expect, it } from "vitest";
import { batcher } from "~/utils/batcher.server";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("batcher", () => {
  it("writes calls made together in one batch and answers each with its own result", async () => {
    const batches: number[][] = [];
    const double = batcher(async (items: number[]) => {
      batches.push(items);
      return items.map((item) => item * 2);
    });
    expect(await Promise.all([1, 2, 3].map(double))).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it("queues what arrives while batches are being written for the next batch, never more than `concurrency` at once", async () => {
    const batches: number[][] = [];
    let writing = 0;
    let mostAtOnce = 0;
    const write = batcher(
      async (items: number[]) => {
        batches.push(items);
        mostAtOnce = Math.max(mostAtOnce, ++writing);
        await new Promise((resolve) => setTimeout(resolve, 20));
        writing--;
        return items;
      },
      { concurrency: 1, maxBatch: 3 },
    );
    const first = [1, 2].map(write);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the first batch is being written
    const later = [3, 4, 5, 6].map(write);
    expect(await Promise.all([...first, ...later])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batches).toEqual([[1, 2], [3, 4, 5], [6]]);
    expect(mostAtOnce).toBe(1);
  });

  it("when a batch fails, writes its items one by one: only the bad one fails", async () => {
    const write = batcher(async (items: number[]) => {
      if (items.includes(13)) throw new Error(`cannot write ${items.join(", ")}`);
      return items;
    });
    const results = await Promise.allSettled([12, 13, 14].map(write));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("cannot write 13");
    await tick();
  });
});
