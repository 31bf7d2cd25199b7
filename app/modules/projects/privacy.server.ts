// What reports promise about personal data, and do: their retention rules (run by the nightly
// job, app/jobs/retention.server.ts), their entry of the privacy policy (which prints the same
// constant) and the reporter's part of "my data" (/mes-donnees). A new rule of this feature is
// written here only. A report holds its reporter's address only until it is decided (the
// decision forgets it), and the address has no blind index: "my data" decrypts to find them.
import type { Prisma } from "~/generated/prisma/client";
import { sameAddress } from "~/utils/email-address";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, REPORTER_EMAIL_AFTER_DECISION_DAYS, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";
import { deleteDocuments } from "~/utils/uploads.server";

export const reportRetentionRules = [
  {
    name: "reports left unconfirmed for 7 days, with their documents",
    models: ["Report", "ReportDocument"],
    run: async (now: Date) => {
      const stale = await db().report.findMany({
        where: { status: "UNCONFIRMED", createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } },
        select: { id: true, documents: { select: { id: true } } },
      });
      if (stale.length === 0) return 0;
      const { count } = await db().report.deleteMany({ where: { id: { in: stale.map((report) => report.id) }, status: "UNCONFIRMED" } });
      await deleteDocuments(stale.flatMap((report) => report.documents.map((document) => document.id)));
      return count;
    },
  },
  {
    name: `reporters' addresses erased ${REPORTER_EMAIL_AFTER_DECISION_DAYS} day(s) after the decision`,
    models: ["Report"],
    run: async (now: Date) =>
      (
        await db().report.updateMany({
          where: {
            status: { in: ["PUBLISHED", "DECLINED", "MERGED", "TAKEN_DOWN"] },
            reporterEmail: { not: null },
            OR: [{ moderatedAt: null }, { moderatedAt: { lt: daysBefore(now, REPORTER_EMAIL_AFTER_DECISION_DAYS) } }],
          },
          data: { reporterEmail: null, tokenHash: null },
        })
      ).count,
  },
] satisfies RetentionRule[];

export const reportPrivacyEntries = [
  { id: "reports", basis: "consentArt9", models: ["Report", "ReportDocument"], values: { unconfirmedDays: UNCONFIRMED_DAYS }, recipients: ["resend"] },
] satisfies PrivacyEntry[];

/** Reports still holding the address: only reports not yet decided keep it (and it has no index). */
async function reportsHolding(email: string) {
  const rows = await db().report.findMany({
    where: { reporterEmail: { not: null } },
    select: { id: true, title: true, status: true, createdAt: true, reporterEmail: true, commune: { select: { name: true } } },
    take: 5_000,
  });
  return rows.filter((row) => sameAddress(row.reporterEmail && decrypt(row.reporterEmail), email)).map(({ reporterEmail: _, ...row }) => row);
}

/** A person's reports in "my data", as the page shows them and the export contains them. */
export async function reportsOf(email: string) {
  const reports = await reportsHolding(email);
  return reports.map((row) => ({ id: row.id, title: row.title, commune: row.commune.name, status: row.status, createdAt: row.createdAt.toISOString() }));
}

/**
 * Deletes a person's reports (one by id, or all with null) in the caller's transaction: a report
 * not yet decided goes with its documents, a decided one forgets its reporter. Returns the ids
 * of the documents to delete once the transaction has committed.
 */
export async function eraseReports(tx: Prisma.TransactionClient, email: string, id: string | null) {
  const ids = (await reportsHolding(email)).map((row) => row.id).filter((reportId) => id === null || id === reportId);
  const undecided = await tx.report.findMany({
    where: { id: { in: ids }, status: { in: ["UNCONFIRMED", "PENDING"] } },
    select: { id: true, documents: { select: { id: true } } },
  });
  await tx.report.deleteMany({ where: { id: { in: undecided.map((row) => row.id) } } });
  await tx.report.updateMany({ where: { id: { in: ids } }, data: { reporterEmail: null, tokenHash: null, creditName: null, mayCredit: false } });
  return undecided.flatMap((row) => row.documents.map((document) => document.id));
}
