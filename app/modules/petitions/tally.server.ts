// Counting under load: signing never touches a shared row. The tally job (every few seconds,
// one worker at a time under an advisory lock) marks newly confirmed signatures as tallied and
// adds them to petition_tally in the same transaction; the nightly recount corrects any drift.
import { db } from "~/utils/db.server";
import type { Tx } from "~/utils/jobs.server";

const TALLY_LOCK = 4_202_611; // pg_advisory_xact_lock key for the tally

/** Adds newly confirmed signatures to the tallies. Returns how many were counted. */
export async function tallySignatures({ batch = 50_000 }: { batch?: number } = {}) {
  return db().$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${TALLY_LOCK}) AS locked`;
    if (!locked) return 0;
    const counted = await tx.$queryRaw<{ petition_id: string; residents: bigint; supporters: bigint }[]>`
      WITH picked AS (
        SELECT id FROM signature
        WHERE NOT tallied AND confirmed_at IS NOT NULL
        ORDER BY confirmed_at LIMIT ${batch}
        FOR UPDATE SKIP LOCKED
      ), marked AS (
        UPDATE signature s SET tallied = true FROM picked
        WHERE s.id = picked.id
        RETURNING s.petition_id, s.is_resident, s.invalidated_at
      )
      SELECT petition_id::text,
             count(*) FILTER (WHERE is_resident AND invalidated_at IS NULL) AS residents,
             count(*) FILTER (WHERE NOT is_resident AND invalidated_at IS NULL) AS supporters
      FROM marked GROUP BY petition_id`;
    for (const row of counted) {
      await tx.$executeRaw`
        INSERT INTO petition_tally (petition_id, residents, supporters, updated_at)
        VALUES (${row.petition_id}::uuid, ${Number(row.residents)}, ${Number(row.supporters)}, now())
        ON CONFLICT (petition_id) DO UPDATE SET
          residents = petition_tally.residents + EXCLUDED.residents,
          supporters = petition_tally.supporters + EXCLUDED.supporters,
          updated_at = now()`;
    }
    return counted.reduce((sum, row) => sum + Number(row.residents) + Number(row.supporters), 0);
  });
}

/**
 * Recounts one petition from its signatures (after an invalidation, and nightly for all).
 * Takes the tally lock so that no tally run interleaves.
 */
export async function recountPetition(tx: Tx, petitionId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TALLY_LOCK})`;
  // One statement, so one snapshot: what is marked tallied is exactly what is counted. (Two
  // statements let a confirmation committed between them be counted here and again by the
  // tally job, since it was not marked: issue 28, moderation during signing.) A data-modifying
  // CTE runs to completion even when nothing reads it.
  const [row] = await tx.$queryRaw<{ residents: bigint; supporters: bigint }[]>`
    WITH marked AS (
      UPDATE signature SET tallied = true
      WHERE petition_id = ${petitionId}::uuid AND NOT tallied AND confirmed_at IS NOT NULL
      RETURNING id
    )
    SELECT count(*) FILTER (WHERE is_resident) AS residents, count(*) FILTER (WHERE NOT is_resident) AS supporters
    FROM signature WHERE petition_id = ${petitionId}::uuid AND confirmed_at IS NOT NULL AND invalidated_at IS NULL`;
  const residents = Number(row.residents);
  const supporters = Number(row.supporters);
  const [before] = await tx.$queryRaw<{ residents: number; supporters: number }[]>`
    SELECT residents, supporters FROM petition_tally WHERE petition_id = ${petitionId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO petition_tally (petition_id, residents, supporters, updated_at)
    VALUES (${petitionId}::uuid, ${residents}, ${supporters}, now())
    ON CONFLICT (petition_id) DO UPDATE SET residents = EXCLUDED.residents, supporters = EXCLUDED.supporters, updated_at = now()`;
  return { residents, supporters, drift: before ? residents + supporters - before.residents - before.supporters : residents + supporters };
}

/** The nightly job: every petition recounted from its signatures. Returns the total drift found. */
export async function recountAllPetitions() {
  const petitions = await db().petition.findMany({ select: { id: true } });
  let drift = 0;
  for (const { id } of petitions) {
    drift += Math.abs((await db().$transaction((tx) => recountPetition(tx, id))).drift);
  }
  return { petitions: petitions.length, drift };
}
