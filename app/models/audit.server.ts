import type { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { csvResponse, toCsv, type CsvTable } from "~/utils/csv.server";
import type { Tx } from "~/utils/jobs.server";

export type AuditRecord = {
  organizerId: string | null;
  /** verb on a noun: "organizer.add", "petition.close" */
  action: string;
  subjectType: string;
  subjectId: string;
  /** What changed; never personal data in clear. */
  details?: Prisma.InputJsonObject;
};

/** Write in the same transaction as the change it records. */
export function audit(tx: Tx, record: AuditRecord) {
  return tx.auditEntry.create({ data: { ...record, details: record.details ?? {} } });
}

/**
 * An organizer's export of personal or internal data: who took how many rows of what, and with
 * which filters. Recorded on its own (an export changes nothing), before the file is sent.
 */
export function auditExport({
  organizerId,
  action,
  subjectType,
  subjectId,
  rows,
  query,
}: {
  organizerId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  rows: number;
  /** The filters of the export (a query string), when it has some. */
  query?: string;
}) {
  return db().auditEntry.create({
    data: { organizerId, action, subjectType, subjectId, details: { rows, ...(query ? { query } : {}) } },
    select: { id: true },
  });
}

/**
 * The one way an organizer downloads a CSV of personal or internal data: the export is recorded
 * (who, what, how many rows, which filters; never the rows themselves), then the file is sent,
 * never cached. Each feature builds its table (header and rows in the organizer's language).
 */
export async function auditedCsv(
  entry: { organizerId: string; action: string; subjectType: string; subjectId?: string; query?: string },
  filename: string,
  table: CsvTable,
) {
  await auditExport({ subjectId: "*", ...entry, rows: table.rows.length });
  return csvResponse(filename, toCsv(table.header, table.rows));
}

export async function listAuditEntries({ take = 100 }: { take?: number } = {}) {
  const entries = await db().auditEntry.findMany({
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      action: true,
      subjectType: true,
      subjectId: true,
      details: true,
      createdAt: true,
      organizer: { select: { email: true } },
    },
  });
  return entries.map(({ organizer, id, ...entry }) => ({
    ...entry,
    id: id.toString(),
    organizerEmail: organizer ? decrypt(organizer.email) : null,
  }));
}
