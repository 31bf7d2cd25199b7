// Paces calls to a provider that allows at most N calls in any sliding window of W ms (Resend:
// 2 calls in any one second, counted when each call arrives). A token bucket whose N tokens
// come back by the clock as it really ran, not by a schedule made in advance:
//
// - a call takes a token when it starts, and its token comes back one window after the call's
//   ANSWER was seen (or its failure). The provider stamps a call somewhere between the moment we
//   start it and the moment we see its answer, so two calls that one token separates are always
//   a full window apart on the provider's clock, however late our timers fire, however long our
//   event loop or the provider's was blocked, however slow the network was;
// - a waiter re-reads the monotonic clock whenever it wakes: a timer that fires late only delays
//   that call, it never lets the next ones bunch up behind it (no burst after a stall);
// - the bucket holds exactly N tokens, so it never allows more than the provider's window;
// - `pause(ms)` (the provider answered 429 with retry-after) holds back every call of the
//   process, those already waiting included, until that long after the answer was seen.
//
// Waiters are served in the order they asked. The bucket is per process: see RESEND_RATE_PER_SECOND.
import { performance } from "node:perf_hooks";

export type Pacer = {
  /** Waits for a token; call the returned function once the call has been answered or has failed. */
  acquire: () => Promise<() => void>;
  /** Holds every call back for `ms` from now (the provider said 429 and when to come back). */
  pause: (ms: number) => void;
};

export function createPacer({
  callsPerWindow,
  windowMilliseconds,
  marginMilliseconds = Math.max(10, windowMilliseconds * 0.02),
  now = () => performance.now(),
}: {
  callsPerWindow: number;
  windowMilliseconds: number;
  /** Added to each window and pause: clock rounding between us and the provider, nothing more. */
  marginMilliseconds?: number;
  now?: () => number;
}): Pacer {
  // When each token can be taken again: Infinity while its call is in flight.
  const freeAt: number[] = Array.from({ length: Math.max(1, Math.floor(callsPerWindow)) }, () => -Infinity);
  let pausedUntil = -Infinity;
  let released: () => void = () => {};
  let onRelease = new Promise<void>((resolve) => (released = resolve));
  let turn: Promise<unknown> = Promise.resolve();

  function signalRelease() {
    const resolve = released;
    onRelease = new Promise<void>((r) => (released = r));
    resolve();
  }

  async function take(): Promise<() => void> {
    for (;;) {
      let token = 0;
      for (let i = 1; i < freeAt.length; i++) if (freeAt[i] < freeAt[token]) token = i;
      const readyAt = Math.max(freeAt[token], pausedUntil);
      const at = now();
      if (readyAt <= at) {
        freeAt[token] = Infinity;
        let done = false;
        return () => {
          if (done) return;
          done = true;
          freeAt[token] = now() + windowMilliseconds + marginMilliseconds;
          signalRelease();
        };
      }
      // Every token in flight: wait for an answer. Else wait for the earliest free token (or
      // for an answer, which cannot free one sooner but costs nothing), then look again.
      if (readyAt === Infinity) await onRelease;
      else await new Promise((resolve) => setTimeout(resolve, Math.ceil(readyAt - at)));
    }
  }

  return {
    acquire: () => {
      const mine = turn.then(take);
      turn = mine.catch(() => {});
      return mine;
    },
    pause: (ms: number) => {
      pausedUntil = Math.max(pausedUntil, now() + ms + marginMilliseconds);
    },
  };
}

/**
 * The bucket for a provider limit given in calls per second: N = the whole calls a second
 * (at least 1) in a window of N / rate seconds, so 2/s is 2 calls in any 1 s and 0.5/s is 1 call
 * in any 2 s.
 */
export function pacerForRate(callsPerSecond: number, options: { now?: () => number } = {}) {
  const callsPerWindow = Math.max(1, Math.floor(callsPerSecond));
  return createPacer({ callsPerWindow, windowMilliseconds: (1000 * callsPerWindow) / callsPerSecond, ...options });
}
