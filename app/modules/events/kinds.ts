// The kinds of event (issue 25), without Zod: the forms and the agenda's filter draw them in the
// browser, the schemas of events and of the calendar check them on the server.
export const EVENT_KINDS = [
  "WORKSHOP",
  "CAMERA_WALK",
  "PUBLIC_MEETING",
  "SCREENING",
  "PETITION_HAND_IN",
  "COUNCIL_SESSION",
  "COURT_HEARING",
  "ONLINE_MEETING",
] as const;
export type EventKindValue = (typeof EVENT_KINDS)[number];
