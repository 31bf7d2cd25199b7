import { inflateRawSync } from "node:zlib";
import * as zlib from "node:zlib";
import { describe, expect, test } from "vitest";
import { computeClock, type RequestDates } from "~/modules/document-requests/clock";
import { courtApplicationDraft, draftText, type DraftInput } from "~/modules/court-applications/draft";
import { draftOdt, draftPdf } from "~/modules/court-applications/files.server";
import { DEPARTMENT_TRIBUNALS, TRIBUNALS, tribunalForDepartment } from "~/modules/court-applications/tribunals";
import { communeRows } from "~/models/commune-import.server";
import { RequestStepSchema } from "~/modules/document-requests/schema";
import { crc32 } from "~/utils/zip.server";

describe("the department → tribunal administratif table (R221-3 CJA)", () => {
  const communeDepartments = [...new Set(communeRows().map((row) => row.departmentCode))].sort();

  test("every department of the commune table has its tribunal, the 101 departments included", () => {
    const missing = communeDepartments.filter((code) => !tribunalForDepartment(code));
    expect(missing).toEqual([]);
    const departments = communeDepartments.filter((code) => code.length === 2 || ["971", "972", "973", "974", "976"].includes(code));
    expect(departments).toHaveLength(101);
    // Nothing in the table that the commune table does not know.
    expect(Object.keys(DEPARTMENT_TRIBUNALS).filter((code) => !communeDepartments.includes(code))).toEqual([]);
  });

  test("the tribunals the article names, for the departments one checks first", () => {
    const name = (code: string) => tribunalForDepartment(code)?.name;
    expect(name("42")).toBe("tribunal administratif de Lyon");
    expect(name("69")).toBe("tribunal administratif de Lyon");
    expect(name("07")).toBe("tribunal administratif de Lyon");
    expect(name("13")).toBe("tribunal administratif de Marseille");
    expect(name("06")).toBe("tribunal administratif de Nice");
    expect(name("83")).toBe("tribunal administratif de Toulon");
    expect(name("75")).toBe("tribunal administratif de Paris");
    expect(name("93")).toBe("tribunal administratif de Montreuil");
    expect(name("92")).toBe("tribunal administratif de Cergy-Pontoise");
    expect(name("94")).toBe("tribunal administratif de Melun");
    expect(name("91")).toBe("tribunal administratif de Versailles");
    expect(name("84")).toBe("tribunal administratif de Nîmes");
    expect(name("2A")).toBe("tribunal administratif de Bastia");
    expect(name("2b")).toBe("tribunal administratif de Bastia");
    expect(name("971")).toBe("tribunal administratif de la Guadeloupe");
    expect(name("972")).toBe("tribunal administratif de la Martinique");
    expect(name("973")).toBe("tribunal administratif de la Guyane");
    expect(name("974")).toBe("tribunal administratif de La Réunion");
    expect(name("976")).toBe("tribunal administratif de Mayotte");
    expect(tribunalForDepartment("99")).toBeNull();
    expect(tribunalForDepartment("__proto__")).toBeNull();
  });

  test("each tribunal has a name, a postal address ending with its postcode and town, and says whether Télérecours citoyens takes it", () => {
    for (const tribunal of Object.values(TRIBUNALS)) {
      expect(tribunal.name).toMatch(/^tribunal administratif (de |d’|de la |de La )\S/);
      expect(tribunal.address.at(-1)).toMatch(/^\d{5} \S/);
      expect(typeof tribunal.telerecours).toBe("boolean");
    }
    // The article's 31 metropolitan seats and 11 overseas tribunals (42 in all).
    expect(Object.keys(TRIBUNALS)).toHaveLength(42);
    expect(new Set(Object.values(DEPARTMENT_TRIBUNALS)).size).toBe(42);
  });
});

const none: RequestDates = {
  sentOn: null,
  answeredOn: null,
  answerKind: null,
  referredOn: null,
  opinionOn: null,
  outcome: null,
  outcomeOn: null,
  courtOn: null,
};

function input(dates: Partial<RequestDates>, today: string, more: Partial<DraftInput> = {}): DraftInput {
  const all = { ...none, sentOn: "2026-01-05", ...dates };
  return {
    requester: { name: "Camille Martin", address: "3 rue de la République\n42000 Saint-Étienne", email: "camille@example.org" },
    commune: { name: "Saint-Étienne", departmentCode: "42" },
    documents: ["la liste des caméras", "le CCTP du marché"],
    projectLabel: "",
    dates: all,
    clock: computeClock(all, today),
    opinionReference: "20261234",
    today,
    ...more,
  };
}

describe("the deadline to go to court, with the clock's month arithmetic", () => {
  // Silence after the referral: confirmed two months after it (R343-5), then two months to file (R421-1).
  test.each([
    // referred on        confirmed on     last day to file
    ["2026-03-10", "2026-05-10", "2026-07-10"],
    ["2026-10-31", "2026-12-31", "2027-02-28"], // 31st → end of February
    ["2026-12-31", "2027-02-28", "2027-04-28"], // the shortened day carries on
    ["2027-12-29", "2028-02-29", "2028-04-29"], // leap year: 29 February exists
    ["2027-12-31", "2028-02-29", "2028-04-29"],
    ["2028-06-30", "2028-08-30", "2028-10-30"],
  ])("referred on %s: confirmed on %s, last day %s", (referredOn, confirmedOn, deadline) => {
    const draft = courtApplicationDraft(input({ referredOn }, "2030-01-01"));
    expect(draft?.confirmedOn).toBe(confirmedOn);
    expect(draft?.deadline).toBe(deadline);
  });

  // An explicit refusal after the referral confirms it on its day.
  test.each([
    ["2026-12-31", "2027-02-28"],
    ["2027-12-31", "2028-02-29"],
    ["2028-01-31", "2028-03-31"],
    ["2026-08-31", "2026-10-31"],
    ["2027-02-28", "2027-04-28"],
  ])("refused again explicitly on %s: last day %s", (outcomeOn, deadline) => {
    const referredOn = outcomeOn.slice(0, 8) + "01";
    const draft = courtApplicationDraft(input({ referredOn, outcome: "REFUSED", outcomeOn }, "2030-01-01"));
    expect(draft?.confirmedOn).toBe(outcomeOn);
    expect(draft?.deadline).toBe(deadline);
    expect(draftText(draft!)).toContain(`Par une décision du`);
  });

  test("no draft the day the silence confirms the refusal, one the day after; late only after the last day", () => {
    expect(courtApplicationDraft(input({ referredOn: "2026-10-31" }, "2026-12-31"))).toBeNull();
    expect(courtApplicationDraft(input({ referredOn: "2026-10-31" }, "2027-01-01"))?.late).toBe(false);
    expect(courtApplicationDraft(input({ referredOn: "2026-10-31" }, "2027-02-28"))?.late).toBe(false);
    const late = courtApplicationDraft(input({ referredOn: "2026-10-31" }, "2027-03-01"));
    expect(late?.late).toBe(true);
    expect(draftText(late!)).toContain("a expiré le 28 février 2027");
  });

  test("no draft before the referral, once communicated, or once in court; none for a department without a tribunal", () => {
    expect(courtApplicationDraft(input({}, "2026-06-01"))).toBeNull();
    expect(courtApplicationDraft(input({ referredOn: "2026-03-01", outcome: "COMMUNICATED", outcomeOn: "2026-04-01" }, "2026-09-01"))).toBeNull();
    expect(courtApplicationDraft(input({ referredOn: "2026-03-01", courtOn: "2026-06-01" }, "2026-09-01"))).toBeNull();
    expect(courtApplicationDraft(input({ referredOn: "2026-03-01" }, "2026-09-01", { commune: { name: "Nulle-Part", departmentCode: "99" } }))).toBeNull();
  });
});

describe("the draft's content", () => {
  const draft = courtApplicationDraft(input({ referredOn: "2026-03-10", opinionOn: "2026-04-02" }, "2026-05-20"))!;
  const text = draftText(draft);

  test("it is labelled a draft to check, not legal advice, at its top", () => {
    expect(text.startsWith("PROJET À VÉRIFIER — CE N’EST PAS UN CONSEIL JURIDIQUE.")).toBe(true);
  });

  test("it names the tribunal, its address, the parties, the facts with their dates and the articles", () => {
    expect(text).toContain("tribunal administratif de Lyon");
    expect(text).toContain("184, rue Duguesclin");
    expect(text).toContain("Contre\u00a0: la commune de Saint-Étienne");
    expect(text).toContain("Le 5 janvier 2026, j’ai demandé au maire de Saint-Étienne");
    expect(text).toContain("– la liste des caméras\u00a0;\n– le CCTP du marché.");
    expect(text).toContain("soit jusqu’au 5 février 2026");
    expect(text).toContain("Le 10 mars 2026, j’ai saisi de ce refus la Commission d’accès aux documents administratifs");
    expect(text).toContain("son avis n°\u00a020261234");
    expect(text).toContain("a fait naître le 10 mai 2026 une décision implicite confirmant son refus (article R343-5 du CRPA)");
    for (const article of ["L311-1", "L342-1", "R311-13", "R343-5", "R421-1", "R312-1", "R221-3", "L911-1", "R412-1", "R412-2"]) {
      expect(text).toContain(article);
    }
    expect(text).toContain("d’enjoindre à la commune de Saint-Étienne de me communiquer ces documents");
  });

  test("it lists the exhibits, the deadline and where to file", () => {
    expect(text).toContain("Pièce n°\u00a01\u00a0: ma demande de communication du 5 janvier 2026");
    expect(text).toContain("Pièce n°\u00a02\u00a0: la preuve de son envoi");
    expect(text).toContain("Pièce n°\u00a03\u00a0: ma saisine de la CADA du 10 mars 2026");
    expect(text).toContain("Pièce n°\u00a04\u00a0: l’avis de la CADA du 2 avril 2026 (n°\u00a020261234)");
    expect(text).toContain("Délai\u00a0: au plus tard le 10 juillet 2026");
    expect(text).toContain("https://citoyens.telerecours.fr");
    expect(text).toContain("69433 Lyon Cedex 03");
  });

  test("without a recorded reference, a bracket to complete; the requester's own text cannot break out of the ODT's XML", () => {
    const bare = draftText(courtApplicationDraft(input({ referredOn: "2026-03-10", opinionOn: "2026-04-02" }, "2026-05-20", { opinionReference: null }))!);
    expect(bare).toContain("son avis n°\u00a0[numéro de l’avis]");
    const hostile = courtApplicationDraft(
      input({ referredOn: "2026-03-10" }, "2026-05-20", { documents: ["</text:p><x>&amp;"], requester: { name: "A <b>", address: "x", email: "y" } }),
    )!;
    const content = unzip(draftOdt(hostile)).get("content.xml")!.toString("utf8");
    expect(content).toContain("&lt;/text:p&gt;&lt;x&gt;&amp;amp;");
    expect(content).not.toContain("<x>");
  });
});

/** Reads a ZIP's central directory and inflates each entry, checking its CRC-32 with zlib's. */
function unzip(archive: Buffer) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  const order: { name: string; method: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + size);
    const data = method === 0 ? body : inflateRawSync(body);
    expect(zlib.crc32(data)).toBe(crc);
    files.set(name, data);
    order.push({ name, method });
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  files.set("__order__", Buffer.from(JSON.stringify(order)));
  return files;
}

describe("the downloads", () => {
  const draft = courtApplicationDraft(input({ referredOn: "2026-03-10" }, "2026-05-20"))!;

  test("the ODT is a ZIP whose first entry is the stored mimetype, with a manifest and the draft in content.xml", () => {
    const files = unzip(draftOdt(draft));
    const order = JSON.parse(files.get("__order__")!.toString()) as { name: string; method: number }[];
    expect(order[0]).toEqual({ name: "mimetype", method: 0 });
    expect(files.get("mimetype")!.toString()).toBe("application/vnd.oasis.opendocument.text");
    expect(files.get("META-INF/manifest.xml")!.toString()).toContain('manifest:full-path="content.xml"');
    const content = files.get("content.xml")!.toString("utf8");
    expect(content).toContain("tribunal administratif de Lyon");
    expect(content).toContain("10 juillet 2026");
    expect(content).toContain("PROJET À VÉRIFIER");
  });

  test("our CRC-32 is zlib's", () => {
    for (const sample of ["", "a", "Saint-Étienne", "x".repeat(10_000)]) expect(crc32(Buffer.from(sample))).toBe(zlib.crc32(Buffer.from(sample)));
  });

  test("the PDF is a PDF with the draft's title", async () => {
    const bytes = await draftPdf(draft, new Date("2026-05-20T10:00:00Z"));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(2_000);
  });
});

describe("the CADA opinion's reference, recorded with the opinion", () => {
  test("optional, at most 60 characters, control characters removed", () => {
    expect(RequestStepSchema.safeParse({ intent: "opinion", day: "2026-04-02" }).success).toBe(true);
    const parsed = RequestStepSchema.safeParse({ intent: "opinion", day: "2026-04-02", reference: " 2026\u00001234 " });
    expect(parsed.success && parsed.data.intent === "opinion" && parsed.data.reference).toBe("20261234");
    const long = RequestStepSchema.safeParse({ intent: "opinion", day: "2026-04-02", reference: "1".repeat(61) });
    expect(long.success ? null : long.error.issues[0].message).toBe("documentRequests.errors.opinionReference");
  });
});
