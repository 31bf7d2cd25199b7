import { afterEach, describe, expect, it, vi } from "vitest";
import { cached } from "~/utils/memo.server";

describe("cached", () => {
  afterEach(() => vi.useRealTimers());

  it("shares one load between callers until the entry expires", async () => {
    vi.useFakeTimers();
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cached("memo-a", 1_000, load), cached("memo-a", 1_000, load)])).toEqual([1, 1]);
    vi.advanceTimersByTime(999);
    expect(await cached("memo-a", 1_000, load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await cached("memo-a", 1_000, load)).toBe(2);
  });

  it("does not keep a failed load", async () => {
    await expect(cached("memo-b", 60_000, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cached("memo-b", 60_000, async () => "up")).toBe("up");
  });
});
