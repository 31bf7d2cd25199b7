// Named sets of petition statuses (conventions: "Named states"), for the module's code and the
// components that show a petition. No server code: the browser bundle uses it.
import type { PetitionPanelStatus } from "./types";

export const PETITION_SETS = {
  /** Collecting signatures: the goal and the progress towards it mean something. */
  collecting: ["OPEN"],
  /** Signatures are no longer collected: the count is final. */
  final: ["CLOSED", "DELIVERED", "ANSWERED"],
  /** Every status: a petition is public from the moment it is created open. */
  public: ["OPEN", "CLOSED", "DELIVERED", "ANSWERED"],
  /** An organizer may close it (and it is closed by its date). */
  closable: ["OPEN"],
  /** Closed before its goal or date: an organizer may open it again. */
  reopenable: ["CLOSED"],
  /** May be handed to the mayor: open (the goal reached) or closed. */
  deliverable: ["OPEN", "CLOSED"],
  /** Handed to the mayor, answered or not: the campaign's results; its answer may be published or corrected. */
  handedIn: ["DELIVERED", "ANSWERED"],
  /** The mayor's answer is published. */
  answered: ["ANSWERED"],
} as const satisfies Record<string, readonly PetitionPanelStatus[]>;

/** The statuses of a set, for a database filter (`status: { in: petitionStates("handedIn") }`). */
export function petitionStates(set: keyof typeof PETITION_SETS): PetitionPanelStatus[] {
  return [...PETITION_SETS[set]];
}

export function petitionIs(status: PetitionPanelStatus, set: keyof typeof PETITION_SETS) {
  return (PETITION_SETS[set] as readonly PetitionPanelStatus[]).includes(status);
}
