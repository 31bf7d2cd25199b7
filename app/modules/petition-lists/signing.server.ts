// What signing asks of the lists (issue 28, item 2), on its hot path: the three lists are read
// at most once a second per process (app/utils/memo.server.ts) and checked in memory, so an
// entry added in the admin applies everywhere within LISTS_CACHE_MS.
import { emailIndexFor } from "~/modules/petitions/signature-index.server";
import { db } from "~/utils/db.server";
import { emailDomain } from "~/utils/email-address";
import { cached } from "~/utils/memo.server";
import { contains, parseCidr, parseIp, type Network } from "./network";

/** How long a process may go on with lists it has read: what an organizer waits at most. */
export const LISTS_CACHE_MS = 1_000;

type SigningLists = {
  domains: Set<string>;
  addresses: Set<string>;
  networks: { network: Network; from: number; to: number }[];
};

async function loadLists(): Promise<SigningLists> {
  const [domains, addresses, networks] = await Promise.all([
    db().blockedEmailDomain.findMany({ select: { domain: true } }),
    db().blockedEmailAddress.findMany({ select: { emailIndex: true } }),
    db().allowedNetwork.findMany({ where: { validTo: { gt: new Date() } }, select: { cidr: true, validFrom: true, validTo: true } }),
  ]);
  return {
    domains: new Set(domains.map((row) => row.domain)),
    addresses: new Set(addresses.map((row) => row.emailIndex)),
    networks: networks.flatMap((row) => {
      const network = parseCidr(row.cidr);
      return network ? [{ network, from: row.validFrom.getTime(), to: row.validTo.getTime() }] : [];
    }),
  };
}

const signingLists = () => cached("petition-lists:signing", LISTS_CACHE_MS, loadLists);

/**
 * Whether an address may not sign: its canonical address is blocked, or its domain, or a domain
 * its domain is under. Decision: blocking "example.org" blocks "mail.example.org" too (a
 * catch-all domain hands out subdomains for free); blocking "mail.example.org" leaves
 * "example.org" alone.
 */
export async function isBlockedSigner(email: string): Promise<boolean> {
  const lists = await signingLists();
  if (lists.domains.size > 0) {
    const labels = emailDomain(email).split(".");
    for (let i = 0; i < labels.length - 1; i++) if (lists.domains.has(labels.slice(i).join("."))) return true;
  }
  return lists.addresses.size > 0 && lists.addresses.has(emailIndexFor(email));
}

/** Whether a client's address is in an allowed network now: then the per-IP limit of signing does not apply. */
export async function isInAllowedNetwork(ip: string, now = Date.now()): Promise<boolean> {
  const lists = await signingLists();
  if (lists.networks.length === 0) return false;
  const address = parseIp(ip);
  return address !== null && lists.networks.some((entry) => entry.from <= now && now < entry.to && contains(entry.network, address));
}
