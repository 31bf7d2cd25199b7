// When a mandate campaign stops moving (issue 26, item 4): at its filing date (`fileBy`) the list
// is frozen, so that what the legal organizer exports is what the authority receives. No mandate
// is given and none revoked online from then on (the giving side checks `isFrozen` too); the
// filing itself can only be recorded once the list is frozen. Pure functions: the browser, the
// giving side and the tests may import them.

export type FreezeDates = { fileBy: Date | string; filedAt?: Date | string | null; endedAt?: Date | string | null };

const time = (value: Date | string) => new Date(value).getTime();

/** The campaign's list is frozen: its filing date has come. */
export function isFrozen(campaign: Pick<FreezeDates, "fileBy">, now: Date = new Date()) {
  return now.getTime() >= time(campaign.fileBy);
}

/** Where a campaign stands on the filing side: open (not frozen yet), frozen (to be filed), filed, ended. */
export type FilingStage = "open" | "frozen" | "filed" | "ended";

export function filingStage(campaign: FreezeDates, now: Date = new Date()): FilingStage {
  if (campaign.endedAt) return "ended";
  if (campaign.filedAt) return "filed";
  return isFrozen(campaign, now) ? "frozen" : "open";
}
