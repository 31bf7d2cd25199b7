import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import {
  CampaignSchema,
  lines,
  NewRequestSchema,
  newRequestFormSchema,
  RequestLinkSchema,
  RequestListFilterSchema,
  RequestStepSchema,
  TemplateSchema,
} from "~/modules/document-requests/schema";
import { campaign, newRequest, requestLink, requestListFilter, requestStep, review, takeItem, templateCases, UUID } from "./cases/document-request";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(newRequest);
describeCases(takeItem);
describeCases(requestStep);
describeCases(requestListFilter);
describeCases(templateCases);
describeCases(campaign);
describeCases(review);
describeCases(requestLink);

describe("document request schemas, parsed", () => {
  test("free text is normalised as in every form: a NUL byte or another control character never reaches the database", () => {
    const parsed = NewRequestSchema.parse({ name: "Jo\u0000e", address: "1 rue\u0007 de la Paix", email: "jo@example.fr", extraDocuments: "Le contrat\u0000" });
    expect(parsed).toMatchObject({ name: "Joe", address: "1 rue de la Paix", extraDocuments: "Le contrat" });
  });
  test("an organizer's template too: a NUL byte in its documents list never reaches the database (issue 29, found by the hostile project)", () => {
    const template = { title: "Vidéosurveillance", slug: "vsa", subject: "Demande", body: `{documents}${"x".repeat(50)}` };
    expect(TemplateSchema.parse({ ...template, documents: "Le marché\u0000\nLe contrat" }).documents).toBe("Le marché\nLe contrat");
  });
  test("a new request: trimmed, CRLF as LF in the address, defaults applied", () => {
    expect(NewRequestSchema.parse({ name: " Ann ", address: " 1 rue de la Paix\r\n75002 Paris ", email: " ann@example.fr " })).toEqual({
      name: "Ann",
      address: "1 rue de la Paix\n75002 Paris",
      email: "ann@example.fr",
      documents: [],
      showName: false,
    });
  });

  test("through Conform: a filled-in request, documents ticked and the name made public", () => {
    const submission = parseWithZod(
      formDataOf({
        name: "Ann",
        address: "1 rue de la Paix",
        email: "ann@example.fr",
        documents: ["0", "2"],
        showName: "on",
        projectLabel: "",
        extraDocuments: "",
      }),
      { schema: NewRequestSchema },
    );
    expect(submission.status === "success" && submission.value).toEqual({
      name: "Ann",
      address: "1 rue de la Paix",
      email: "ann@example.fr",
      documents: ["0", "2"],
      showName: true,
    });
  });

  test("through Conform: an empty request", () => {
    const submission = parseWithZod(formDataOf({ name: "", address: "", email: "" }), { schema: NewRequestSchema });
    expect(errorsOf(submission)).toEqual({
      name: ["documentRequests.errors.name"],
      address: ["documentRequests.errors.address"],
      email: ["errors.email.required"],
    });
  });

  test("through Conform, issue 29: a form sent empty gets every error at once, the project's and the documents' included", () => {
    const empty = formDataOf({ projectLabel: "", extraDocuments: "", name: "", address: "", email: "" });
    const submission = parseWithZod(empty, { schema: newRequestFormSchema({ needsProject: true }) });
    expect(errorsOf(submission)).toEqual({
      projectLabel: ["documentRequests.errors.project"],
      documents: ["documentRequests.errors.documents"],
      name: ["documentRequests.errors.name"],
      address: ["documentRequests.errors.address"],
      email: ["errors.email.required"],
    });
    // A template that names no project asks for none; a document typed by hand is enough.
    const typed = parseWithZod(
      formDataOf({ projectLabel: "", extraDocuments: "Le contrat", name: "Ann", address: "1 rue de la Paix", email: "ann@example.fr" }),
      {
        schema: newRequestFormSchema({ needsProject: false }),
      },
    );
    expect(typed.status).toBe("success");
    const named = parseWithZod(formDataOf({ projectLabel: "  ", documents: ["0"], name: "Ann", address: "1 rue de la Paix", email: "ann@example.fr" }), {
      schema: newRequestFormSchema({ needsProject: true }),
    });
    expect(errorsOf(named)).toEqual({ projectLabel: ["documentRequests.errors.project"] });
  });

  test("a step keeps only its own fields", () => {
    expect(RequestStepSchema.parse({ intent: "answer", day: " 2025-03-01 ", answerKind: "FULL", outcome: "REFUSED" })).toEqual({
      intent: "answer",
      day: "2025-03-01",
      answerKind: "FULL",
    });
    expect(RequestStepSchema.parse({ intent: "stop", day: "x" })).toEqual({ intent: "stop" });
  });

  test("the list's filters: kept when well formed, dropped otherwise", () => {
    expect(RequestListFilterSchema.parse({ statut: "SENT", departement: " 06 ", modele: "vsa-2025" })).toEqual({
      statut: "SENT",
      departement: "06",
      modele: "vsa-2025",
    });
    expect(RequestListFilterSchema.parse({ modele: "x".repeat(80) }).modele).toHaveLength(80);
    expect(RequestListFilterSchema.parse({ statut: "LOST", departement: "6", modele: "x".repeat(81) })).toEqual({});
  });

  test("a template defaults its checkboxes to false", () => {
    expect(TemplateSchema.parse(templateCases.base)).toEqual({ ...templateCases.base, needsProject: false, active: false });
  });

  test("a campaign: the department upper-cased, the population a number", () => {
    expect(CampaignSchema.parse({ ...campaign.base, departmentCode: " 2a ", minPopulation: " 5000 " })).toEqual({
      title: "VSA dans les Alpes-Maritimes",
      templateId: UUID,
      departmentCode: "2A",
      minPopulation: 5_000,
    });
  });

  test("a link: empty values unlink (null), as do missing ones", () => {
    expect(RequestLinkSchema.parse({ intent: "link", reportId: "", legalActionId: UUID })).toEqual({ intent: "link", reportId: null, legalActionId: UUID });
    expect(RequestLinkSchema.parse({ intent: "link" })).toEqual({ intent: "link", reportId: null, legalActionId: null });
  });

  test("lines() drops blank lines and trims", () => {
    expect(lines(" a \r\n\r\n b \n")).toEqual(["a", "b"]);
    expect(lines(undefined)).toEqual([]);
  });
});
