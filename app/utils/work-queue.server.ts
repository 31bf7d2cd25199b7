// A bounded queue for costly work done on behalf of a request (document cleaning): at most
// `concurrency` tasks run at once; up to `maxWaiting` more wait for their turn, in order; past
// that, or once the caller's signal aborts while its task still waits, the answer is "busy" at
// once, so that a crowd of uploads gets a "try again in a moment" instead of a growing backlog.
// Per process, like the work it bounds.

export const BUSY = "busy";

export function workQueue({ concurrency, maxWaiting }: { concurrency: number; maxWaiting: number }) {
  let running = 0;
  /** Each waiting task's start; a turn is counted as running as soon as it is given. */
  const waiting: (() => void)[] = [];

  /** Runs `task` in its turn; "busy" when no turn can be had (queue full, or `signal` aborted first). */
  async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T | typeof BUSY> {
    if (signal?.aborted) return BUSY;
    if (running < concurrency) running++;
    else if (waiting.length >= maxWaiting) return BUSY;
    else {
      const hadTurn = await new Promise<boolean>((resolve) => {
        const start = () => {
          signal?.removeEventListener("abort", giveUp);
          resolve(true);
        };
        const giveUp = () => {
          waiting.splice(waiting.indexOf(start), 1);
          resolve(false);
        };
        signal?.addEventListener("abort", giveUp, { once: true });
        waiting.push(start);
      });
      if (!hadTurn) return BUSY;
    }
    try {
      return await task();
    } finally {
      const start = waiting.shift();
      // The turn passes to the first waiting task, or is given back.
      if (start) start();
      else running--;
    }
  }

  return { run, stats: () => ({ running, waiting: waiting.length }) };
}
