// Keyed indexes stored with each signature: equality lookups without the values in clear.
import { blindIndex } from "~/utils/crypto.server";
import { canonicalEmail, emailDomain } from "~/utils/email-address";

export const emailIndexFor = (email: string) => blindIndex(`email:${canonicalEmail(email)}`);
export const domainIndexFor = (domainOrEmail: string) =>
  blindIndex(`domain:${domainOrEmail.includes("@") ? emailDomain(domainOrEmail) : emailDomain(`x@${domainOrEmail}`)}`);
export const ipHashFor = (ip: string) => blindIndex(`ip:${ip}`);
