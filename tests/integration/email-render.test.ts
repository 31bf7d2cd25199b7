// Each email is rendered at most once (issue 29, item 12): the plain-text version comes from the
// HTML already rendered, through the converter React Email itself uses, instead of a second render
// of the whole tree; and the emails of the high-volume templates are filled into their shape's
// skeleton, rendered once per shape (app/utils/email-skeleton.server.ts). This proves it on every
// template, in both languages and in each variant, with values that need escaping, long ones,
// non-ASCII ones: the HTML and text are the same, byte for byte, as the two renders gave before
// (`render(element)` and `render(element, { plainText: true })`).
import { afterEach, expect, test, vi } from "vitest";
import { EMAIL_TEMPLATES, type EmailTemplateName } from "../../emails";
import { renderEmail } from "~/models/email-render.server";
import { env } from "~/utils/env.server";
import { LANGS, translator, type Lang } from "~/utils/i18n";

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
  "mandate-link": (["confirm", "again", "again-confirmed"] as const).map((variant) => ({ variant, url, campaignTitle: hostile })),
  "event-registration": (["confirm", "again", "registered", "waiting", "moved-up", "reminder", "changed", "cancelled"] as const).map((variant, index) => ({
    variant,
    url,
    eventTitle: hostile,
    startsAt: "2026-10-25T00:30:00.000Z",
    endsAt: "2026-10-25T03:30:00.000Z",
    place: index % 2 ? null : "Place de la Mairie, Saint-Étienne",
    eventUrl: url,
    icsUrl: url,
  })),
  "newsletter-confirm": [{ url }],
  "group-member-confirm": [false, true].map((confirmed) => ({ groupName: hostile, url, confirmed })),
  "group-invitation": [{ groupName: hostile, communeName: "Saint-Étienne", url }],
  "group-contact-relay": [{ groupName: hostile, senderName: hostile, body: `${hostile}\n\nDeux paragraphes.`, url }],
  "group-contact-reply": [{ groupName: hostile, name: hostile, reply: hostile, original: hostile, url }],
  "group-announcement": [{ groupName: hostile, subject: hostile, body: `${hostile}\nune ligne\n\nun paragraphe`, url, memberUrl: url, oneClickUrl: url }],
  "group-request-confirm": [{ communeName: "Saint-Étienne", url }],
  "group-request-outcome": [true, false].map((approved) => ({ communeName: "Saint-Étienne", approved, url })),
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
  "petition-mailing": [
    { url, petitionTitle: hostile, communeName: "Nice", subject: hostile, body: `Premier <b>paragraphe</b> & "suite".\nLigne deux.\n\nSecond.`, preview: true },
    { url, petitionTitle: hostile, communeName: "Nice", subject: hostile, body: "Un seul paragraphe.", ...unsubscribe },
  ],
  "mandate-filed": [
    {
      campaignTitle: hostile,
      actionTitle: hostile,
      filedOn: "2026-12-01T12:00:00.000Z",
      filedWith: "CNIL",
      reference: "22-012345",
      actionUrl: url,
      ...unsubscribe,
    },
    { campaignTitle: hostile, actionTitle: hostile, filedOn: "2026-12-01T12:00:00.000Z", filedWith: "CNIL", reference: "", actionUrl: url },
  ],
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

/** The templates whose emails are filled into a skeleton (their `verbatim` props), from their second shape-mate on. */
const FILLED: EmailTemplateName[] = [
  "signature-confirm",
  "newsletter-confirm",
  "digest",
  "petition-delivered",
  "petition-answered",
  "petition-request-confirm",
  "petition-mailing",
  "mandate-filed",
  "mandate-link",
  "event-registration",
  "group-member-confirm",
  "group-invitation",
  "group-contact-relay",
  "group-contact-reply",
  "group-announcement",
  "group-request-confirm",
  "group-request-outcome",
];

/** The reference: the two renders the dispatcher made before, on the very same element. */
async function reference(template: EmailTemplateName, lang: Lang, props: unknown) {
  const { render } = await vi.importActual<typeof import("@react-email/render")>("@react-email/render");
  const e = env();
  const sender = {
    name: e.SITE_PUBLISHER,
    address: e.SITE_PUBLISHER_ADDRESS ?? null,
    contact: e.SITE_CONTACT_EMAIL,
    siteUrl: `${e.PUBLIC_URL.replace(/\/$/, "")}/`,
  };
  const { subject, headers, element } = EMAIL_TEMPLATES[template].build(lang, translator(lang), props, sender);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text, ...(headers ? { headers } : {}) };
}

/** Renders the email and compares it with the reference; returns how many React renders it took. */
async function rendersOf(template: EmailTemplateName, lang: Lang, props: unknown) {
  renders.count = 0;
  const email = await renderEmail(template, lang, props);
  const count = renders.count;
  const expected = await reference(template, lang, props);
  expect(email.subject).toBe(expected.subject);
  expect(email.html, `${template} (${lang}) HTML`).toBe(expected.html);
  expect(email.text, `${template} (${lang}) text`).toBe(expected.text);
  expect(email.headers).toEqual(expected.headers);
  expect(email.text.length).toBeGreaterThan(50);
  return count;
}

test("each email is rendered at most once, and its HTML and text are what two renders gave, for every template, language and variant", async () => {
  let compared = 0;
  for (const [template, variants] of Object.entries(samples) as [EmailTemplateName, unknown[]][]) {
    const filled = FILLED.includes(template);
    expect(EMAIL_TEMPLATES[template].verbatim.length > 0).toBe(filled);
    for (const lang of LANGS) {
      for (const props of variants) {
        // The first email of a shape is rendered in full; the second compiles the shape (a render
        // with placeholders, and up to two for the check); from then on the skeleton is filled: no render.
        expect(await rendersOf(template, lang, props), `${template} (${lang}), first`).toBe(1);
        expect(await rendersOf(template, lang, props), `${template} (${lang}), second`).toBeLessThanOrEqual(filled ? 3 : 1);
        expect(await rendersOf(template, lang, props), `${template} (${lang}), third`).toBe(filled ? 0 : 1);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(80);
  // Every template, language and variant rendered up to five times: over a minute on a 2-core
  // machine busy with the browser journeys. A bound, not an expectation.
}, 240_000);

// Links a template prints as they are: escaping, non-ASCII, a long one, and ones the skeleton
// must refuse (rendered in full): too long, two spaces, a zero-width space.
const links = [
  `https://technopolice.example/signature/Zx9-_q?x=1&y=<2>&z="3"&w='4'`,
  "https://technopolice.example/désabonnement/çà/日本/🎥?q=«x»",
  `https://technopolice.example/${"long-".repeat(70)}fin`,
];
const refused = [`https://technopolice.example/${"x".repeat(400)}`, "https://technopolice.example/a  b", "https://technopolice.example/a\u200bb"];

test("a skeleton filled with other links is what a full render gives; links it cannot fill exactly are rendered in full", async () => {
  let filled = 0;
  let inFull = 0;
  for (const template of FILLED) {
    const verbatim = EMAIL_TEMPLATES[template].verbatim;
    for (const lang of LANGS) {
      for (const base of samples[template] as Record<string, unknown>[]) {
        const names = verbatim.filter((name) => typeof base[name] === "string");
        await renderEmail(template, lang, base); // the shape compiled (the first test did it: this one also runs alone)
        await renderEmail(template, lang, base);
        // Each link in each place, then one link everywhere (the link's text and address could then be equal).
        const cases = [...links.map((_, k) => names.map((_, i) => links[(k + i) % links.length])), names.map(() => links[0])];
        for (const values of cases) {
          const props = { ...base, ...Object.fromEntries(names.map((name, i) => [name, values[i]])) };
          expect(await rendersOf(template, lang, props), `${template} (${lang}) ${values.join(" ")}`).toBe(0);
          filled++;
        }
        for (const value of refused) {
          const props = { ...base, [names[0]]: value };
          expect(await rendersOf(template, lang, props), `${template} (${lang}) ${value}`).toBe(1);
          inFull++;
        }
      }
    }
  }
  expect(filled).toBeGreaterThan(60);
  expect(inFull).toBeGreaterThan(30);
  // About 400 renders: 60 s in a CI run at a load average of 19, beside the browser journeys. A
  // bound, not an expectation, as above.
}, 240_000);

test("other petitions and communes make other shapes, each exact: elided names, a long title full of & < > \" '", async () => {
  const title = `${hostile} ${"« Non » & <b>oui</b> 'peut-être' ".repeat(10)}`.trim();
  for (const communeName of ["Le Havre", "Ambérieu-en-Bugey", "Hyères", "Les Ulis", "L’Haÿ-les-Roses", "Y"]) {
    for (const lang of LANGS) {
      const signature = { url, petitionTitle: title, communeName, again: false, alreadyConfirmed: false };
      const request = { url, communeName };
      for (const [template, props] of [
        ["signature-confirm", signature],
        ["petition-delivered", { ...signature, ...unsubscribe }],
        ["petition-request-confirm", request],
      ] as const) {
        expect(await rendersOf(template, lang, props), `${template} ${communeName} (${lang}), first`).toBe(1);
        expect(await rendersOf(template, lang, props), `${template} ${communeName} (${lang}), second`).toBeLessThanOrEqual(3);
        expect(await rendersOf(template, lang, props), `${template} ${communeName} (${lang}), third`).toBe(0);
        // Another signer of the same petition: filled.
        expect(await rendersOf(template, lang, { ...props, url: links[1] })).toBe(0);
      }
    }
  }
});

test("a batch rendered together compiles its shape once, and every email of it is exact", async () => {
  const props = (n: number) => ({
    url: `${links[0]}&n=${n}`,
    petitionTitle: "Une pétition de plus",
    communeName: "Brest",
    again: false,
    alreadyConfirmed: false,
  });
  renders.count = 0;
  const emails = await Promise.all(Array.from({ length: 100 }, (_, n) => renderEmail("signature-confirm", "fr", props(n))));
  // One full render (the shape's first email), then one compilation (at most three renders) for the 99 others.
  expect(renders.count).toBeLessThanOrEqual(4);
  for (const [n, email] of emails.entries()) {
    const expected = await reference("signature-confirm", "fr", props(n));
    expect(email.html).toBe(expected.html);
    expect(email.text).toBe(expected.text);
  }
});
