// Named sets of subscriber statuses (conventions: "Named states"). No server code: the
// unsubscribe page's component uses it too.
export type SubscriberState = "PENDING" | "CONFIRMED" | "UNSUBSCRIBED" | "BOUNCED" | "COMPLAINED";

export const SUBSCRIBER_SETS = {
  /** Waiting for confirmation or receiving the digest: unsubscribing means something. */
  active: ["PENDING", "CONFIRMED"],
  /** Asking again sends a fresh confirmation link (a confirmed subscriber gets "already subscribed"). */
  restartable: ["PENDING", "UNSUBSCRIBED"],
  /** Stopped by the provider (bounce, complaint): kept as a suppression, never written to. */
  suppressed: ["BOUNCED", "COMPLAINED"],
  /** What erasing one's data deletes: everything but the suppressions, which protect the person. */
  erasable: ["PENDING", "CONFIRMED", "UNSUBSCRIBED"],
} as const satisfies Record<string, readonly SubscriberState[]>;

export function subscriberStates(set: keyof typeof SUBSCRIBER_SETS): SubscriberState[] {
  return [...SUBSCRIBER_SETS[set]];
}

export function subscriberIs(status: SubscriberState, set: keyof typeof SUBSCRIBER_SETS) {
  return (SUBSCRIBER_SETS[set] as readonly SubscriberState[]).includes(status);
}
