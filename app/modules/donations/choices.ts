// The amounts, kinds and statuses that the donation form and the organizers' list offer, apart from
// the Zod schemas that check them: the browser imports these, never Zod.

export const PRESET_AMOUNTS = [10, 25, 50, 100] as const;

/** What a tax deduction of 66% leaves a donor to pay, in cents. */
export function costAfterDeduction(cents: number) {
  return Math.round(cents * 0.34);
}

export const DONATION_KINDS = ["ONE_OFF", "MONTHLY"] as const;

export const DONATION_STATUSES = ["PENDING", "PAID", "FAILED", "REFUNDED"] as const;
