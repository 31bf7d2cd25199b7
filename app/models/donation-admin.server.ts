// What organizers see of donations: a filtered list, totals per month, the CSV export.
import type { DonationKind, DonationStatus, Prisma } from "~/generated/prisma/client";
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

/** Paid (not refunded) totals per month, Europe/Paris months, newest first. */
export async function monthlyTotals(filters: DonationFilters) {
  const rows = await db().donation.groupBy({ by: ["kind", "status", "paidAt"], where: { ...where(filters), status: "PAID" }, _sum: { amount: true }, _count: true });
  const months = new Map<string, { month: string; total: number; count: number }>();
  for (const row of rows) {
    if (!row.paidAt) continue;
    const month = row.paidAt.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" }).slice(0, 7);
    const entry = months.get(month) ?? { month, total: 0, count: 0 };
    entry.total += row._sum.amount ?? 0;
    entry.count += row._count;
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}
