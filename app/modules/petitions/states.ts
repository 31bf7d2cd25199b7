// Named sets of petition statuses (conventions: "Named states"), for the module's code and the
// components that show a petition. No server code: the browser bundle uses it.
import type { PetitionPanelStatus } from "./types";

export const PETITION_SETS = {
  /** Collecting signatures: the goal and the progress towards it mean something. */
  collecting: ["OPEN"],
  /** Signatures are no longer collected: the count is final. */
  final: ["CLOSED", "DELIVERED", "ANSWERED"],
} as const satisfies Record<string, readonly PetitionPanelStatus[]>;

export function petitionIs(status: PetitionPanelStatus, set: keyof typeof PETITION_SETS) {
  return (PETITION_SETS[set] as readonly PetitionPanelStatus[]).includes(status);
}
