// Organizers' sessions, on the server: the cookie carries a random token, the row says whether it
// still opens /admin. Signing out deletes the row, signing out everywhere deletes them all, and
// removing an organizer or changing their role deletes theirs (app/models/organizer.server.ts).
// A session ends after SESSION_IDLE_MINUTES without a request, and SESSION_HOURS after sign-in.
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { newToken, hashToken } from "~/utils/tokens.server";

/** A new session; the token goes into the cookie and nowhere else. */
export async function createOrganizerSession({ organizerId }: { organizerId: string }) {
  const token = newToken();
  const now = new Date();
  await db().organizerSession.create({
    data: { tokenHash: hashToken(token), organizerId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + env().SESSION_HOURS * 3600_000) },
    select: { id: true },
  });
  return token;
}

/**
 * The organizer of a live session (not idle too long, not expired, organizer still active), or
 * undefined. One statement, which also records the activity.
 */
export async function organizerOfSession({ token }: { token: string }): Promise<string | undefined> {
  if (!/^[\w-]{43}$/.test(token)) return undefined;
  const rows = await db().$queryRaw<{ organizer_id: string }[]>`
    UPDATE organizer_session s SET last_seen_at = now()
    FROM organizer o
    WHERE s.token_hash = ${hashToken(token)} AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => ${env().SESSION_IDLE_MINUTES}::int)
      AND o.id = s.organizer_id AND o.disabled_at IS NULL
    RETURNING s.organizer_id::text`;
  return rows[0]?.organizer_id;
}

export async function endOrganizerSession({ token }: { token: string }) {
  await db().organizerSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Every session of an organizer: "sign out everywhere", removal, a role change. */
export async function endOrganizerSessions(tx: Prisma.TransactionClient, { organizerId }: { organizerId: string }) {
  await tx.organizerSession.deleteMany({ where: { organizerId } });
}

/** Retention: sessions past their end are useless. */
export const organizerSessionRetentionRules = [
  {
    name: "organizer sessions ended",
    run: async (now: Date) =>
      (
        await db().organizerSession.deleteMany({
          where: { OR: [{ expiresAt: { lt: now } }, { lastSeenAt: { lt: new Date(now.getTime() - env().SESSION_IDLE_MINUTES * 60_000) } }] },
        })
      ).count,
  },
];
