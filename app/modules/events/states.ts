// Named sets of registration statuses (conventions: "Named states"). No server code: pages may use it.
import type { RegistrationStatus } from "~/generated/prisma/enums";

export const REGISTRATION_SETS = {
  /** Holding a seat or waiting for one: counted, told when the event changes. */
  active: ["CONFIRMED", "WAITING"],
  /** Not registered (yet, or any more): registering again sends the confirmation link. */
  inactive: ["PENDING", "CANCELLED"],
} as const satisfies Record<string, readonly RegistrationStatus[]>;

/** The statuses of a set, for a database filter (`status: { in: registrationStates("active") }`). */
export function registrationStates(set: keyof typeof REGISTRATION_SETS): RegistrationStatus[] {
  return [...REGISTRATION_SETS[set]];
}

export function registrationIs(status: RegistrationStatus, set: keyof typeof REGISTRATION_SETS) {
  return (REGISTRATION_SETS[set] as readonly RegistrationStatus[]).includes(status);
}
