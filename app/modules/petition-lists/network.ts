// IP addresses and CIDR networks as numbers, for the allow-list of networks (issue 28): parsed
// once when the list is loaded, then a signer's address is matched with two shifts per network.
// Pure and browser-safe (the form's schema uses it).

export type IpVersion = 4 | 6;
export type IpAddress = { version: IpVersion; value: bigint };
export type Network = IpAddress & { prefix: number };

/** The longest an allowed network stays open: a stall or a meeting, not a standing exemption. */
export const MAX_NETWORK_DAYS = 31;

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };
/** The widest networks the allow-list takes: a /16 is 65,536 IPv4 addresses; a /48, one site. */
export const WIDEST_PREFIX: Record<IpVersion, number> = { 4: 16, 6: 48 };

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  const address = text.split("%")[0].toLowerCase();
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  // An IPv4 address in the last 32 bits ("::ffff:192.0.2.1").
  const all = [...head, ...tail];
  const last = all.at(-1);
  let ipv4: bigint | null = null;
  if (last?.includes(".")) {
    ipv4 = parseIpv4(last);
    if (ipv4 === null) return null;
    (tail.length ? tail : head).pop();
  }
  const wanted = ipv4 === null ? 8 : 6;
  const present = head.length + tail.length;
  if (halves.length === 1 ? present !== wanted : present > wanted - 1) return null;
  const filled = [...head, ...Array<string>(wanted - present).fill("0"), ...tail];
  let value = 0n;
  for (const group of filled) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return null;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  return ipv4 === null ? value : (value << 32n) | ipv4;
}

/** "192.0.2.1" or "2001:db8::1" as a number; null for anything else. */
export function parseIp(text: string): IpAddress | null {
  if (text.includes(":")) {
    const value = parseIpv6(text);
    return value === null ? null : { version: 6, value };
  }
  const value = parseIpv4(text);
  return value === null ? null : { version: 4, value };
}

/**
 * "192.0.2.0/24" or "2001:db8::/48" as its network: host bits set ("192.0.2.7/24") are cleared.
 * Null when it is not a CIDR (no prefix, a prefix beyond the address's size).
 */
export function parseCidr(text: string): Network | null {
  const [address, prefixText, ...rest] = text.trim().split("/");
  if (rest.length > 0 || prefixText === undefined || !/^\d{1,3}$/.test(prefixText)) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const prefix = Number(prefixText);
  const bits = BITS[ip.version];
  if (prefix > bits) return null;
  const shift = BigInt(bits - prefix);
  return { version: ip.version, value: (ip.value >> shift) << shift, prefix };
}

/** Whether a network is no wider than the allow-list takes. */
export const isNarrowEnough = (network: Network) => network.prefix >= WIDEST_PREFIX[network.version];

export function contains(network: Network, ip: IpAddress) {
  if (network.version !== ip.version) return false;
  const shift = BigInt(BITS[ip.version] - network.prefix);
  return ip.value >> shift === network.value >> shift;
}

/** A network written the usual way: "192.0.2.0/24", "2001:db8::/48" (RFC 5952's shortest form). */
export function formatNetwork(network: Network): string {
  if (network.version === 4) {
    const octets = [24n, 16n, 8n, 0n].map((shift) => String((network.value >> shift) & 255n));
    return `${octets.join(".")}/${network.prefix}`;
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((network.value >> BigInt((7 - i) * 16)) & 0xffffn));
  // The longest run of two or more zero groups becomes "::" (the first one on a tie).
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  const text = best.start < 0 ? hex.join(":") : `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
  return `${text}/${network.prefix}`;
}
