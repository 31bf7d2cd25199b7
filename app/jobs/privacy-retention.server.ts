// Retention rules of issue 13: what the sign form, the privacy policy and French tax law promise.
// Durations come from app/utils/retention-periods.ts; the registry is app/jobs/retention.server.ts.
import type { RetentionRule } from "~/utils/retention-periods";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import {
  AUDIT_ENTRY_DAYS,
  DATA_ACCESS_LINK_DAYS,
  daysBefore,
  DISABLED_ORGANIZER_DAYS,
  REPORTER_EMAIL_AFTER_DECISION_DAYS,
  SIGNATURE_AFTER_PETITION_DAYS,
} from "~/utils/retention-periods";

export const privacyRetentionRules: RetentionRule[] = [
  {
    // The count stays what it was (the rows stay, confirmed and counted), but nothing personal does.
    name: `signatures of petitions delivered or closed more than ${SIGNATURE_AFTER_PETITION_DAYS} days ago, reduced to what the count needs`,
    models: ["Signature"],
    run: async (now) => {
      const empty = encrypt("");
      return db().$executeRaw`
        UPDATE signature s SET first_name = ${empty}, last_name = ${empty}, email = ${empty}, postcode = ${empty},
          email_index = 'erased:' || s.id, domain_index = 'erased', ip_hash = 'erased', network_hash = NULL, token_hash = 'erased:' || s.id,
          show_name = false, wants_newsletter = false
        FROM petition p
        WHERE p.id = s.petition_id AND p.status IN ('CLOSED', 'DELIVERED', 'ANSWERED')
          AND coalesce(p.delivered_at, p.closed_at) < ${daysBefore(now, SIGNATURE_AFTER_PETITION_DAYS)}
          AND s.email_index NOT LIKE 'erased:%'`;
    },
  },
  {
    name: `reporters' addresses erased ${REPORTER_EMAIL_AFTER_DECISION_DAYS} day(s) after the decision`,
    models: ["Report"],
    run: async (now) =>
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
  {
    name: `audit entries older than ${AUDIT_ENTRY_DAYS} days`,
    models: ["AuditEntry"],
    run: async (now) => (await db().auditEntry.deleteMany({ where: { createdAt: { lt: daysBefore(now, AUDIT_ENTRY_DAYS) } } })).count,
  },
  {
    name: `organizers removed more than ${DISABLED_ORGANIZER_DAYS} days ago`,
    models: ["Organizer"],
    run: async (now) => (await db().organizer.deleteMany({ where: { disabledAt: { lt: daysBefore(now, DISABLED_ORGANIZER_DAYS) } } })).count,
  },
  {
    name: `"my data" links expired more than ${DATA_ACCESS_LINK_DAYS} day(s) ago`,
    models: ["DataAccessToken"],
    run: async (now) => (await db().dataAccessToken.deleteMany({ where: { expiresAt: { lt: daysBefore(now, DATA_ACCESS_LINK_DAYS) } } })).count,
  },
];
