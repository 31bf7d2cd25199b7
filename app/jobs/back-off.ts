/**
 * How long a worker's loop waits after its `failures`-th failure in a row, while the database or
 * the provider is away: 0.5 s, 1 s, 2 s… then 10 s at most, so that it is back soon after them.
 */
export const outageBackOffMs = (failures: number) => Math.min(10_000, 250 * 2 ** failures);
