// The provider pacer's rules, on a clock the test moves (app/utils/provider-pacer.server.ts).
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createPacer, pacerForRate } from "~/utils/provider-pacer.server";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A pacer like Resend's (2 calls in any second), 10 ms to spare. */
const resendLike = () => createPacer({ callsPerWindow: 2, windowMilliseconds: 1000, marginMilliseconds: 10, now: () => Date.now() });

function track<T>(promise: Promise<T>) {
  const state: { value?: T } = {};
  void promise.then((value) => (state.value = value));
  return state;
}

describe("provider pacer", () => {
  test("a token comes back one window after its call's answer, not after its start", async () => {
    const pacer = resendLike();
    const first = await pacer.acquire();
    await pacer.acquire();
    const third = track(pacer.acquire());
    await vi.advanceTimersByTimeAsync(400);
    first(); // answered at 400 ms
    await vi.advanceTimersByTimeAsync(1009);
    expect(third.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(third.value).toBeTypeOf("function");
  });

  test("after a stall (timers firing late), no more calls go at once than the window holds", async () => {
    const pacer = resendLike();
    (await pacer.acquire())();
    (await pacer.acquire())();
    const waiting = [track(pacer.acquire()), track(pacer.acquire()), track(pacer.acquire())];
    // The machine stalls: the clock moves 3 s on while no timer runs, then they all run.
    vi.setSystemTime(3000);
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.map((w) => w.value !== undefined)).toEqual([true, true, false]);
    waiting[0].value!(); // answered at 3000 ms
    await vi.advanceTimersByTimeAsync(1009);
    expect(waiting[2].value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting[2].value).toBeTypeOf("function");
  });

  test("a pause holds back callers that were already waiting", async () => {
    const pacer = resendLike();
    const first = await pacer.acquire();
    await pacer.acquire();
    const waiting = track(pacer.acquire());
    first(); // free again at 1010 ms
    await vi.advanceTimersByTimeAsync(100);
    pacer.pause(2000); // a 429 with retry-after 2, seen at 100 ms: nothing before 2110 ms
    await vi.advanceTimersByTimeAsync(2009);
    expect(waiting.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.value).toBeTypeOf("function");
  });

  test("a rate below one a second is one call per 1/rate seconds", async () => {
    const pacer = pacerForRate(0.5, { now: () => Date.now() });
    (await pacer.acquire())();
    const next = track(pacer.acquire());
    await vi.advanceTimersByTimeAsync(1999);
    expect(next.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(next.value).toBeTypeOf("function");
  });
});
