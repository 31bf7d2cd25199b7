// Retention rules of issue 13 about the site's infrastructure rather than a feature: the
// organizers' audit trail and the addresses of organizers removed from the team. Durations come
// from app/utils/retention-periods.ts; the registry is app/jobs/retention.server.ts. A feature's
// rules are in its module's privacy.server.ts (signatures: app/modules/petitions/, reporters'
// addresses: app/modules/projects/, "my data" links: app/modules/my-data/).
import type { RetentionRule } from "~/utils/retention-periods";
import { db } from "~/utils/db.server";
import { AUDIT_ENTRY_DAYS, daysBefore, DISABLED_ORGANIZER_DAYS } from "~/utils/retention-periods";

export const privacyRetentionRules: RetentionRule[] = [
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
];
