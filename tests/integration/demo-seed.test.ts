// `npm run demo`'s content: seeded on a database of its own (the demo content would change what
// the other tests of this worker's database see), twice, to check that it is idempotent.
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { cloneTemplate, databaseUrl, seedDatabase, testDatabaseName } from "../support/databases";
import { computeClock, dayFromDate } from "~/modules/document-requests/clock";
import { hashToken } from "~/utils/tokens.server";
import { DEMO_STALLED_TOKEN } from "../../prisma/seed-document-requests";

const name = testDatabaseName("demo_seed");

afterAll(async () => {
  const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

test("the demo shows a living campaign: signatures, an answered petition, legal actions, a digest, work for organizers", async () => {
  const url = await cloneTemplate(name);
  await seedDatabase(url, { life: true });
  await seedDatabase(url, { life: true });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
  try {
    const confirmed = await one("SELECT count(*) AS n FROM signature WHERE confirmed_at IS NOT NULL AND tallied");
    expect(confirmed).toBeGreaterThanOrEqual(300);
    expect(await one("SELECT sum(residents + supporters) AS n FROM petition_tally")).toBe(confirmed);
    // Every featured city's open petition has signatures.
    expect(
      await one(
        "SELECT count(*) AS n FROM petition p JOIN petition_tally t ON t.petition_id = p.id WHERE p.status = 'OPEN' AND t.residents + t.supporters > 0",
      ),
    ).toBe(5);
    expect(await one("SELECT count(*) AS n FROM petition WHERE status = 'ANSWERED' AND delivered_at IS NOT NULL AND response IS NOT NULL")).toBe(1);
    // The two legal actions of the demo's life, the Nice complaint of the open mandate campaign and
    // the collective complaint of the filed one (issue 26).
    expect(await one("SELECT count(*) AS n FROM legal_action WHERE published_at IS NOT NULL")).toBe(4);
    expect(await one("SELECT count(*) AS n FROM legal_action_update WHERE published_at IS NOT NULL")).toBe(6);
    expect(await one("SELECT count(*) AS n FROM mandate_campaign WHERE filed_at IS NOT NULL AND filed_with = 'CNIL' AND filing_reference IS NOT NULL")).toBe(1);
    expect(
      await one(
        "SELECT count(*) AS n FROM mandate m JOIN mandate_campaign c ON c.id = m.campaign_id WHERE c.filed_at IS NOT NULL AND m.confirmed_at IS NOT NULL AND m.filed_notice_at IS NOT NULL",
      ),
    ).toBe(12);
    expect(await one("SELECT count(*) AS n FROM digest WHERE status = 'SENT'")).toBe(1);
    expect(await one("SELECT count(*) AS n FROM report WHERE status = 'PENDING'")).toBe(2);
    expect(await one("SELECT count(*) AS n FROM volunteer WHERE confirmed_at IS NOT NULL")).toBe(3);
    expect(await one("SELECT count(*) AS n FROM organizer WHERE role = 'ADMIN'")).toBe(1);
    // Issue 25: the groups' events, upcoming and past; the Marseille walk full with a waiting list.
    expect(
      await one(
        "SELECT count(*) AS n FROM event WHERE published_at IS NOT NULL AND slug IN ('cartopartie-cameras-marseille', 'reunion-publique-nice-vsa', 'projection-debat-paris', 'reunion-nationale-en-ligne', 'atelier-marseille-demandes-documents', 'cartopartie-nice-port')",
      ),
    ).toBe(6);
    expect(
      await one("SELECT count(*) AS n FROM event WHERE starts_at < now() AND slug IN ('atelier-marseille-demandes-documents', 'cartopartie-nice-port')"),
    ).toBe(2);
    expect(
      await one(
        "SELECT count(*) AS n FROM event_registration r JOIN event e ON e.id = r.event_id WHERE e.slug = 'cartopartie-cameras-marseille' AND r.status = 'CONFIRMED'",
      ),
    ).toBe(12);
    expect(
      await one(
        "SELECT count(*) AS n FROM event_registration r JOIN event e ON e.id = r.event_id WHERE e.slug = 'cartopartie-cameras-marseille' AND r.status = 'WAITING'",
      ),
    ).toBe(3);
    expect(await one("SELECT count(*) AS n FROM event_registration WHERE show_name AND name IS NOT NULL")).toBeGreaterThan(0);
    expect(await one("SELECT count(*) AS n FROM event_registration WHERE erased_at IS NOT NULL AND name IS NULL")).toBe(9);
    // Issue 26: a stalled Saint-Étienne request, at the confirmed refusal, whose draft application its fixed token opens.
    const stalled = await client.query<{ insee_code: string; sent_on: Date; referred_on: Date; opinion_on: Date; opinion_reference: string }>(
      "SELECT insee_code, sent_on, referred_on, opinion_on, opinion_reference FROM document_request WHERE token_hash = $1 AND confirmed_at IS NOT NULL",
      [hashToken(DEMO_STALLED_TOKEN)],
    );
    expect(stalled.rows).toHaveLength(1);
    const [row] = stalled.rows;
    expect(row.insee_code).toBe("42218");
    const clock = computeClock(
      {
        sentOn: dayFromDate(row.sent_on),
        answeredOn: null,
        answerKind: null,
        referredOn: dayFromDate(row.referred_on),
        opinionOn: dayFromDate(row.opinion_on),
        outcome: null,
        outcomeOn: null,
        courtOn: null,
      },
      dayFromDate(new Date())!,
    );
    expect(clock.state).toBe("REFUSAL_CONFIRMED");
    expect(clock.passed).toBeNull();
    // An open mandate campaign with a few hundred confirmed mandates, and its legal organizer (issue 26).
    expect(
      await one(
        "SELECT count(*) AS n FROM mandate m JOIN mandate_campaign c ON c.id = m.campaign_id WHERE c.slug = 'nice-vsa' AND m.confirmed_at IS NOT NULL AND c.file_by > now()",
      ),
    ).toBeGreaterThanOrEqual(300);
    expect(await one("SELECT count(*) AS n FROM organizer WHERE legal AND role = 'ORGANIZER'")).toBe(1);
    // Issue 25: three published groups with members, a pending request in Lyon, two coordinators.
    expect(await one("SELECT count(*) AS n FROM local_group WHERE slug IN ('marseille', 'nice', 'paris') AND published_at IS NOT NULL")).toBe(3);
    expect(await one("SELECT count(*) AS n FROM group_member WHERE confirmed_at IS NOT NULL")).toBe(48 + 31 + 57);
    expect(await one("SELECT count(*) AS n FROM group_request WHERE status = 'PENDING' AND confirmed_at IS NOT NULL AND insee_code = '69123'")).toBe(1);
    expect(
      await one(
        "SELECT count(*) AS n FROM group_coordinator gc JOIN organizer o ON o.id = gc.organizer_id JOIN local_group g ON g.id = gc.group_id WHERE o.role = 'COORDINATOR' AND g.slug IN ('marseille', 'nice')",
      ),
    ).toBe(2);
    // No invented mayor: the name is left for organizers to enter.
    expect(await one("SELECT count(*) AS n FROM petition WHERE mayor_name <> '(nom à renseigner)'")).toBe(0);
  } finally {
    await client.end();
  }
}, 600_000); // two full seeds: minutes on a busy machine
