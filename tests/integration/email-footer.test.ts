// What every email's footer says of who sends it (issue 29, item 13): the site's name as a name
// ("sur Technopolice"), and never the name of a setting left unset (SITE_PUBLISHER_ADDRESS).
import { expect, test } from "vitest";
import { renderEmail } from "~/models/email-render.server";

test("without SITE_PUBLISHER_ADDRESS the footer names the publisher alone, never the setting; Technopolice is a name", async () => {
  expect(process.env.SITE_PUBLISHER_ADDRESS).toBeUndefined();
  for (const lang of ["fr", "en"] as const) {
    const email = await renderEmail("report-confirm", lang, { url: "https://technopolice.example/signalement/x", title: "Caméras", communeName: "Nice" });
    expect(email.text).not.toContain("SITE_PUBLISHER_ADDRESS");
    expect(email.html).not.toContain("SITE_PUBLISHER_ADDRESS");
    expect(email.text).toContain(lang === "fr" ? "Envoyé par Collectif Technopolice (démonstration)." : "Sent by Collectif Technopolice (démonstration).");
    expect(email.text).toContain(lang === "fr" ? "un projet de surveillance sur Technopolice avec" : "a surveillance project on Technopolice with");
  }
});
