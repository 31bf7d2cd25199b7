import type { territorialMessagesFr } from "./messages.fr";

// The English messages of territorial rights (issue 25), spread into the catalogue (app/locales/en.ts).
export const territorialMessagesEn: Record<keyof typeof territorialMessagesFr, string> = {
  "admin.role.COORDINATOR": "Local group coordinator",
  "admin.territory.heading": "Your territory",
  "admin.territory.line": "You coordinate {group}, for {territory}. You act only on the communes of this territory.",
  "admin.territory.none": "You do not coordinate a local group yet: ask an administrator to give you one.",
  "admin.territory.department": "department {code}",
  "admin.territory.nothing": "no commune",
  "errorPage.territory.title": "Outside your territory",
  "errorPage.territory.text":
    "This item concerns a commune outside your local group’s territory: you can neither see nor change it. National organizers can deal with it.",
};
