import { beforeAll, describe, expect, test } from "vitest";
import { getCourtApplication, listStalledRequests } from "~/modules/court-applications/court.server";
import { draftText } from "~/modules/court-applications/draft";
import { dateFromDay } from "~/modules/document-requests/clock";
import { linkRequest } from "~/modules/document-requests/admin.server";
import {
  confirmDocumentRequest,
  ensureDefaultTemplates,
  getActiveTemplate,
  recordStep,
  submitDocumentRequest,
} from "~/modules/document-requests/request.server";
import { loader as fileLoader } from "~/routes/demande.$token_.$file";
import { addOrganizer } from "~/models/organizer.server";
import { db } from "~/utils/db.server";

const suffix = () => Math.random().toString(36).slice(2, 10);
/** Noon in Paris on a winter day. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);

async function aRequest({ inseeCode = "42218", confirmed = true } = {}) {
  const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
  if (!template) throw new Error("no template");
  const { id, token } = await submitDocumentRequest({
    inseeCode,
    templateId: template.id,
    reportId: null,
    projectLabel: "",
    documents: template.documents.slice(0, 2),
    input: { name: "Camille Martin", address: "3 rue de la République\n42000 Saint-Étienne", email: `c.${suffix()}@example.org`, showName: false },
    lang: "fr",
  });
  if (confirmed) await confirmDocumentRequest({ token });
  return { id, token };
}

/** Records the steps as the requester does, each on its day. */
async function steps(token: string, list: [string, Record<string, string>][]) {
  for (const [day, step] of list) {
    const result = await recordStep({ token, step: { day, ...step } as never, now: at(day) });
    expect(result).toEqual({ ok: true });
  }
}

// The requester's files route (/demande/<token>/<file>), one file at a time.
const textLoader = "recours.txt";
const odtLoader = "recours.odt";
const pdfLoader = "recours.pdf";

async function callLoader(file: string, token: string) {
  try {
    return await fileLoader({ params: { token, file }, request: new Request(`http://localhost/demande/${token}/${file}`), context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

beforeAll(ensureDefaultTemplates);

describe("the draft application, through the requester's link only, once the refusal is confirmed", () => {
  test("none while the CADA has time; one the day after the two months, naming the tribunal administratif de Lyon and the deadline", async () => {
    const { token } = await aRequest();
    await steps(token, [
      ["2026-01-05", { intent: "sent" }],
      ["2026-02-20", { intent: "referral" }],
      ["2026-03-18", { intent: "opinion", reference: "20261234" }],
    ]);
    expect(await db().documentRequest.count({ where: { opinionReference: "20261234", tokenHash: { not: null } } })).toBeGreaterThan(0);
    // Two months after the referral the commune may still answer: no draft yet.
    expect(await getCourtApplication({ token, now: at("2026-04-20") })).toBeNull();
    const court = await getCourtApplication({ token, now: at("2026-04-21") });
    expect(court?.draft.tribunal.name).toBe("tribunal administratif de Lyon");
    expect(court?.draft.confirmedOn).toBe("2026-04-20");
    expect(court?.draft.deadline).toBe("2026-06-20");
    const text = draftText(court!.draft);
    expect(text).toContain("Camille Martin");
    expect(text).toContain("son avis n°\u00a020261234");
    expect(text).toContain("au plus tard le 20 juin 2026");
  });

  test("the three downloads answer the requester's token, and 404 a forged token, an unconfirmed request and a request not yet stalled", async () => {
    const stalled = await aRequest();
    await db().documentRequest.update({ where: { id: stalled.id }, data: { sentOn: dateFromDay("2025-01-06"), referredOn: dateFromDay("2025-03-03") } });
    const text = await callLoader(textLoader, stalled.token);
    expect(text.status).toBe(200);
    expect(text.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("Content-Disposition")).toBe('attachment; filename="requete-tribunal-administratif-saint-etienne.txt"');
    expect(await text.text()).toContain("tribunal administratif de Lyon");
    const odt = await callLoader(odtLoader, stalled.token);
    expect(odt.headers.get("Content-Type")).toBe("application/vnd.oasis.opendocument.text");
    expect(
      Buffer.from(await odt.arrayBuffer())
        .subarray(30, 38)
        .toString(),
    ).toBe("mimetype");
    const pdf = await callLoader(pdfLoader, stalled.token);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");

    const unconfirmed = await aRequest({ confirmed: false });
    await db().documentRequest.update({ where: { id: unconfirmed.id }, data: { sentOn: dateFromDay("2025-01-06"), referredOn: dateFromDay("2025-03-03") } });
    const referred = await aRequest();
    await db().documentRequest.update({ where: { id: referred.id }, data: { sentOn: dateFromDay("2025-01-06") } });
    const communicated = await aRequest();
    await db().documentRequest.update({
      where: { id: communicated.id },
      data: { sentOn: dateFromDay("2025-01-06"), referredOn: dateFromDay("2025-03-03"), outcome: "COMMUNICATED", outcomeOn: dateFromDay("2025-04-01") },
    });
    for (const loader of [textLoader, odtLoader, pdfLoader]) {
      for (const token of [`${stalled.token.slice(0, -2)}xx`, "x".repeat(101), "", "../../admin", unconfirmed.token, referred.token, communicated.token]) {
        const response = await callLoader(loader, token);
        expect(response.status, token).toBe(404);
      }
    }
  });
});

describe("the organizers' queue of stalled requests", () => {
  test("lists the confirmed refusals not yet in court, with their tribunal and deadline, and nothing else; linking one to a legal action shows it", async () => {
    const now = at("2026-09-01");
    const silent = await aRequest();
    await db().documentRequest.update({ where: { id: silent.id }, data: { sentOn: dateFromDay("2026-03-02"), referredOn: dateFromDay("2026-05-04") } });
    const refusedAgain = await aRequest({ inseeCode: "13055" });
    await db().documentRequest.update({
      where: { id: refusedAgain.id },
      data: { sentOn: dateFromDay("2026-03-02"), referredOn: dateFromDay("2026-05-04"), outcome: "REFUSED", outcomeOn: dateFromDay("2026-05-29") },
    });
    const waiting = await aRequest();
    await db().documentRequest.update({ where: { id: waiting.id }, data: { sentOn: dateFromDay("2026-06-01"), referredOn: dateFromDay("2026-07-15") } });
    const inCourt = await aRequest();
    await db().documentRequest.update({
      where: { id: inCourt.id },
      data: { sentOn: dateFromDay("2026-01-05"), referredOn: dateFromDay("2026-03-02"), courtOn: dateFromDay("2026-06-01") },
    });
    const communicated = await aRequest();
    await db().documentRequest.update({
      where: { id: communicated.id },
      data: { sentOn: dateFromDay("2026-01-05"), referredOn: dateFromDay("2026-03-02"), outcome: "COMMUNICATED", outcomeOn: dateFromDay("2026-04-01") },
    });
    const unanswered = await aRequest();
    await db().documentRequest.update({ where: { id: unanswered.id }, data: { sentOn: dateFromDay("2026-01-05") } });

    const queue = await listStalledRequests({ now });
    const ids = queue.map((row) => row.id);
    expect(ids).toContain(silent.id);
    expect(ids).toContain(refusedAgain.id);
    for (const other of [waiting, inCourt, communicated, unanswered]) expect(ids).not.toContain(other.id);
    const silentRow = queue.find((row) => row.id === silent.id);
    expect(silentRow).toMatchObject({ tribunal: "tribunal administratif de Lyon", confirmedOn: "2026-07-04", deadline: "2026-09-04", passed: false });
    const refusedRow = queue.find((row) => row.id === refusedAgain.id);
    expect(refusedRow).toMatchObject({ tribunal: "tribunal administratif de Marseille", confirmedOn: "2026-05-29", deadline: "2026-07-29", passed: true });
    // Nearest deadline first.
    expect(ids.indexOf(refusedAgain.id)).toBeLessThan(ids.indexOf(silent.id));
    // Every row of the queue is at the confirmed refusal.
    for (const row of queue) expect(row.deadline).not.toBeNull();

    const organizer = await addOrganizer({ email: `org.${suffix()}@collectif.example`, role: "ORGANIZER", addedBy: null });
    const action = await db().legalAction.create({
      data: { title: `Recours ${suffix()}`, court: "Tribunal administratif de Lyon", filedOn: new Date(), summary: "Résumé.", inseeCodes: ["42218"] },
    });
    expect(await linkRequest({ requestId: silent.id, reportId: null, legalActionId: action.id, organizerId: organizer.id })).toEqual({ ok: true });
    const linked = (await listStalledRequests({ now })).find((row) => row.id === silent.id);
    expect(linked?.legalAction).toEqual({ id: action.id, title: action.title });
  });
});
