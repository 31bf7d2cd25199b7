// Keyed indexes stored with each signature: equality lookups without the values in clear.
import { blindIndex, keyedIndex } from "~/utils/crypto.server";
import { canonicalEmail, emailDomain } from "~/utils/email-address";

// One key per table (issue 13): the same address indexes differently for signatures, volunteers and donors.
export const emailIndexFor = (email: string) => keyedIndex("signature-email", canonicalEmail(email));
export const volunteerIndexFor = (email: string) => keyedIndex("volunteer-email", canonicalEmail(email));
export const donorIndexFor = (email: string) => keyedIndex("donor-email", canonicalEmail(email));
export const domainIndexFor = (domainOrEmail: string) =>
  blindIndex(`domain:${domainOrEmail.includes("@") ? emailDomain(domainOrEmail) : emailDomain(`x@${domainOrEmail}`)}`);
