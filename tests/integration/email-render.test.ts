// Each email is rendered once (issue 29, item 12): the plain-text version comes from the HTML
// already rendered, through the converter React Email itself uses, instead of a second render of
// the whole tree. This proves it on every template, in both languages and in each variant: one
// call to React Email's `render` per email, and HTML and text the same, byte for byte, as the
// two renders gave before (`render(element)` and `render(element, { plainText: true })`).
import { afterEach, expect, test, vi } from "vitest";
import { EMAIL_TEMPLATES, type EmailTemplateName } from "../../emails";
import { renderEmail } from "~/models/email-render.server";
import { env } from "~/utils/env.server";
import { LANGS, translator } from "~/utils/i18n";

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@react-email/render", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@react-email/render")>();
  return {
    ...actual,
    render: (...args: Parameters<typeof actual.render>) => {
      renders.count++;
      return actual.render(...args);
    },
  };
});

afterEach(() => {
  renders.count = 0;
});

// What could go wrong in markup: characters HTML escapes, quotes, accents, a no-break space.
const hostile = `Caméras « <b>intelligentes</b> » & "reconnaissance" d’l’État`;
const url = "https://technopolice.example/signature/abc-123?x=1&y=<2>";
const unsubscribe = { unsubscribeUrl: "https://technopolice.example/desabonnement/t0k", oneClickUrl: "https://technopolice.example/desabonnement/t0k/un-clic" };

const samples: { [Name in EmailTemplateName]: unknown[] } = {
  "organizer-sign-in": [{ url, minutes: 15 }],
  "signature-confirm": [false, true].flatMap((again) =>
    [false, true].map((alreadyConfirmed) => ({ url, petitionTitle: hostile, communeName: "Saint-Étienne", again, alreadyConfirmed })),
  ),
  "petition-delivered": [
    { url, petitionTitle: hostile, communeName: "Nice" },
    { url, petitionTitle: hostile, communeName: "Nice", ...unsubscribe },
  ],
  "petition-answered": [
    { url, petitionTitle: hostile, communeName: "Nice" },
    { url, petitionTitle: hostile, communeName: "Nice", ...unsubscribe },
  ],
  "report-confirm": [{ url, title: hostile, communeName: "Marseille" }],
  "report-moderated": (["published", "declined", "merged"] as const).flatMap((outcome) => [
    { outcome, title: hostile, communeName: "Lyon", url, reason: null },
    { outcome, title: hostile, communeName: "Lyon", url, reason: `Doublon <script>alert(1)</script> & "autre"` },
  ]),
  volunteer: (["confirm", "already", "stay"] as const).map((variant) => ({ variant, url, communeName: "Paris", stayDays: 30 })),
  "newsletter-confirm": [{ url }],
  digest: [
    { date: "2026-12-06", webUrl: url, unsubscribeUrl: url, actions: [], updates: [] },
    {
      date: "2026-12-06",
      webUrl: url,
      unsubscribeUrl: url,
      actions: (["FILED", "HEARING_SCHEDULED", "WON", "LOST", "APPEALED", "WITHDRAWN"] as const).map((status, n) => ({
        title: `${hostile} ${n}`,
        status,
        court: "Tribunal administratif de Nice",
        summary: "Un recours <contre> la VSA & ses caméras.\nDeuxième ligne.",
        filedOn: "2026-03-01",
        communes: ["Nice", "Cannes"],
        url: `${url}&n=${n}`,
      })),
      updates: [{ actionTitle: hostile, happenedOn: "2026-11-30", text: "Audience fixée au 12 janvier & reportée.", url }],
    },
  ],
  "donation-thanks": [false, true].flatMap((monthly) =>
    [null, url].flatMap((portalUrl) => [false, true].map((receipt) => ({ amount: 2500, monthly, portalUrl, receipt }))),
  ),
  "donation-portal": [{ url, days: 7 }],
  "tax-receipt": [{ url, year: 2026, number: "2026-000042" }],
  "data-access": [{ url, minutes: 30 }],
  "petition-request-confirm": [{ url, communeName: "Toulouse" }],
  "document-request-confirm": [{ url, communeName: "Montpellier" }],
  "document-request-reminder": (["IMPLICIT_REFUSAL", "OPINION_DUE", "COURT_DEADLINE"] as const).flatMap((reminder) => [
    { reminder, communeName: "Montpellier", url, deadline: "28 avril 2026", referral: null },
    {
      reminder,
      communeName: "Montpellier",
      url,
      deadline: "28 avril 2026",
      referral: { subject: `Saisine « ${hostile} »`, body: "Madame, Monsieur,\n\n<texte> & suite", pdfUrl: url },
    },
  ]),
};

test("the samples cover every template", () => {
  expect(Object.keys(samples).sort()).toEqual(Object.keys(EMAIL_TEMPLATES).sort());
});

test("each email is rendered once, and its HTML and text are what two renders gave, for every template, language and variant", async () => {
  const { render } = await vi.importActual<typeof import("@react-email/render")>("@react-email/render");
  const e = env();
  const sender = {
    name: e.SITE_PUBLISHER,
    address: e.SITE_PUBLISHER_ADDRESS ?? null,
    contact: e.SITE_CONTACT_EMAIL,
    siteUrl: `${e.PUBLIC_URL.replace(/\/$/, "")}/`,
  };
  let compared = 0;
  for (const [template, variants] of Object.entries(samples) as [EmailTemplateName, unknown[]][]) {
    for (const lang of LANGS) {
      for (const props of variants) {
        renders.count = 0;
        const email = await renderEmail(template, lang, props);
        expect(renders.count, `${template} (${lang}) rendered ${renders.count} times`).toBe(1);
        // The reference: the two renders the dispatcher made before, on the very same element.
        const { subject, element } = EMAIL_TEMPLATES[template].build(lang, translator(lang), props, sender);
        const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
        expect(email.subject).toBe(subject);
        expect(email.html, `${template} (${lang}) HTML`).toBe(html);
        expect(email.text, `${template} (${lang}) text`).toBe(text);
        expect(email.text.length).toBeGreaterThan(50);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(80);
});
