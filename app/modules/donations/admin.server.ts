// What organizers see of donations: a filtered list, totals per month, the CSV export.
import { Prisma, type DonationKind, type DonationStatus } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { readIdentity } from "./donation.server";

export type DonationFilters = { from?: Date; to?: Date; kind?: DonationKind; status?: DonationStatus };

function where({ from, to, kind, status }: DonationFilters): Prisma.DonationWhereInput {
  return {
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + 24 * 3600_000) } : {}) } } : {}),
  };
}

export async function listDonations(filters: DonationFilters, { take = 500 }: { take?: number } = {}) {
  const rows = await db().donation.findMany({
    where: where(filters),
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      status: true,
      amount: true,
      createdAt: true,
      paidAt: true,
      refundedAt: true,
      stripePaymentIntentId: true,
      donor: { select: { email: true, receiptIdentity: true } },
    },
  });
  return rows.map(({ donor, ...row }) => ({ ...row, email: decrypt(donor.email), name: readIdentity(donor.receiptIdentity)?.name ?? null }));
}

/** Paid (not refunded) totals per month (Europe/Paris months, by payment date), newest first. */
export async function monthlyTotals({ from, to, kind }: DonationFilters) {
  const conditions = [
    Prisma.sql`status = 'PAID' AND paid_at IS NOT NULL`,
    ...(kind ? [Prisma.sql`kind = ${kind}::"DonationKind"`] : []),
    ...(from ? [Prisma.sql`created_at >= ${from}`] : []),
    ...(to ? [Prisma.sql`created_at < ${new Date(to.getTime() + 24 * 3600_000)}`] : []),
  ];
  const rows = await db().$queryRaw<{ month: string; total: bigint; count: bigint }[]>`
    SELECT to_char(date_trunc('month', (paid_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris'), 'YYYY-MM') AS month,
           sum(amount)::bigint AS total, count(*)::bigint AS count
    FROM donation WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1 ORDER BY 1 DESC`;
  return rows.map((row) => ({ month: row.month, total: Number(row.total), count: Number(row.count) }));
}
