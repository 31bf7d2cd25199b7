// The fraud view of a petition (issue 28, e-petitions' "trending IPs / domains"): its recent
// signatures grouped by hashed IP, by /24 or /64 network, by email domain and by hour, largest
// groups first. Each group is one GROUP BY on an indexed column of the petition's rows within
// the window, bounded to the TOP_GROUPS largest.
import { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { emailDomain } from "~/utils/email-address";

export const TOP_GROUPS = 50;
export const FRAUD_WINDOWS = ["hour", "day"] as const;
export type FraudWindow = (typeof FRAUD_WINDOWS)[number];
export const FRAUD_GROUPINGS = ["ip", "network", "domain", "hour"] as const;
export type FraudGrouping = (typeof FRAUD_GROUPINGS)[number];

export type FraudGroup = {
  /** What the moderation list is filtered on to show this group (query parameters). */
  filter: Record<string, string>;
  /** What the organizer reads: a domain, an hour (ISO), or a short prefix of a hash. */
  label: string;
  total: number;
  confirmed: number;
  invalidated: number;
};

type Row = { key: string | Date | null; total: bigint; confirmed: bigint; invalidated: bigint; sample: string | null };

const column: Record<FraudGrouping, Prisma.Sql> = {
  ip: Prisma.sql`ip_hash`,
  network: Prisma.sql`network_hash`,
  domain: Prisma.sql`domain_index`,
  hour: Prisma.sql`date_trunc('hour', created_at)`,
};

const minute = (date: Date) => date.toISOString().slice(0, 16);

function toGroup(grouping: FraudGrouping, row: Row): FraudGroup | null {
  const counts = { total: Number(row.total), confirmed: Number(row.confirmed), invalidated: Number(row.invalidated) };
  if (row.key === null) return null;
  switch (grouping) {
    case "ip":
      return { filter: { ipHash: String(row.key) }, label: String(row.key).slice(0, 10), ...counts };
    case "network":
      return { filter: { network: String(row.key) }, label: String(row.key).slice(0, 10), ...counts };
    case "domain": {
      // One address of the group, decrypted, names the domain (the index is a keyed hash).
      const domain = row.sample ? emailDomain(decrypt(row.sample)) : "?";
      return { filter: { domain }, label: domain, ...counts };
    }
    case "hour": {
      const from = new Date(row.key);
      return { filter: { from: minute(from), to: minute(new Date(from.getTime() + 3_600_000)) }, label: from.toISOString(), ...counts };
    }
  }
}

/** The largest groups of the petition's signatures over the last hour or day, per grouping. */
export async function fraudGroups({ petitionId, window, now = new Date() }: { petitionId: string; window: FraudWindow; now?: Date }) {
  const since = new Date(now.getTime() - (window === "hour" ? 3_600_000 : 86_400_000));
  const entries = await Promise.all(
    FRAUD_GROUPINGS.map(async (grouping) => {
      const key = column[grouping];
      const sample = grouping === "domain" ? Prisma.sql`min(email)` : Prisma.sql`NULL::text`;
      const rows = await db().$queryRaw<Row[]>`
        SELECT ${key} AS key, count(*) AS total,
               count(*) FILTER (WHERE confirmed_at IS NOT NULL AND invalidated_at IS NULL) AS confirmed,
               count(*) FILTER (WHERE invalidated_at IS NOT NULL) AS invalidated,
               ${sample} AS sample
        FROM signature
        WHERE petition_id = ${petitionId}::uuid AND created_at >= ${since}
        GROUP BY 1
        ORDER BY total DESC, 1
        LIMIT ${TOP_GROUPS}`;
      return [grouping, rows.flatMap((row) => toGroup(grouping, row) ?? [])] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<FraudGrouping, FraudGroup[]>;
}
