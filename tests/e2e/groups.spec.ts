// Local groups (issue 25), at 360 px and 1280 px, with and without JavaScript: a Marseille resident
// finds the group from the city page, joins, confirms from the email and leaves; a coordinator of
// the Marseille group writes an announcement, previews it and sends it, and a member receives it;
// a resident of a commune without a group asks to start one.
import { confirmMembership, joinGroup, memberIndexFor } from "~/modules/groups/membership.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("a Marseille resident finds the group from the city page, joins, confirms from the email, and leaves", async ({ page, expectAccessible }) => {
      const email = `habitant.${suffix()}@example.org`;
      await page.goto("/villes/marseille");
      const part = page.getByRole("region", { name: "Groupe local" });
      await part.getByRole("link", { name: "Technopolice Marseille" }).click();
      await expect(page).toHaveURL(/\/groupes\/marseille$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technopolice Marseille");
      await expect(page.getByRole("region", { name: "Territoire" }).getByRole("link", { name: "Marseille" })).toBeVisible();
      await expectAccessible(page);

      // Bad input: the messages next to the fields, what was typed kept.
      const join = page.getByRole("region", { name: "Rejoindre le groupe" });
      await join.getByLabel("Votre adresse électronique").fill("pas-une-adresse");
      await join.getByRole("button", { name: "Rejoindre le groupe" }).click();
      await expect(page).toHaveTitle(/^Erreur\s: /);
      await expect(join.getByText("Cochez cette case pour rejoindre le groupe.").last()).toBeVisible();
      await expect(join.getByText(/Cette adresse électronique n’est pas valide/).last()).toBeVisible();
      await expect(join.getByLabel("Votre adresse électronique")).toHaveValue("pas-une-adresse");

      await join.getByLabel("Votre adresse électronique").fill(email);
      await join.getByLabel("les annonces du groupe").check();
      await join.getByLabel(/J’accepte que le site conserve mon adresse/).check();
      const sentAt = Date.now();
      await join.getByRole("button", { name: "Rejoindre le groupe" }).click();
      await expect(page.getByRole("status").filter({ hasText: "ouvrez son lien pour confirmer votre inscription" })).toBeVisible();

      const message = await lastEmailTo(email, { after: sentAt });
      expect(message.subject).toBe("Confirmez votre inscription au groupe Technopolice Marseille");
      await page.goto(linkIn(message, "/groupes/membre/"));
      await expectAccessible(page);
      await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
      await expect(page.getByText("Vous êtes membre du groupe Technopolice Marseille.")).toBeVisible();
      const row = await db().groupMember.findFirst({ where: { emailIndex: memberIndexFor(email), confirmedAt: { not: null } } });
      expect(row).not.toBeNull();

      await page.getByRole("button", { name: "Quitter le groupe" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous avez quitté le groupe");
      expect(await db().groupMember.count({ where: { emailIndex: memberIndexFor(email) } })).toBe(0);
    });

    test("a coordinator of the Marseille group previews and sends an announcement, and a member receives it", async ({ page, expectAccessible }) => {
      const group = await db().localGroup.findUniqueOrThrow({ where: { slug: "marseille" }, select: { id: true } });
      // Earlier runs of this journey (the same database for every project and width) do not count against the group's limit.
      await db().groupAnnouncement.updateMany({
        where: { groupId: group.id, subject: { startsWith: "Cartopartie" } },
        data: { sentAt: new Date(Date.now() - 8 * 24 * 3600_000) },
      });
      const memberEmail = `membre.${suffix()}@example.org`;
      const joined = await joinGroup({
        groupId: group.id,
        input: { email: memberEmail, wantsEvents: true, wantsAnnouncements: true, consent: true },
        lang: "fr",
      });
      const member = await db().groupMember.findUniqueOrThrow({ where: { id: joined.id }, select: { tokenSealed: true } });
      await confirmMembership({ token: decrypt(member.tokenSealed) });

      // A coordinator of the Marseille group (the fixture makes the GroupCoordinator row).
      await signInAsOrganizer(page, { role: "COORDINATOR", groupSlug: "marseille" });

      await page.goto(`/admin/groupes/${group.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technopolice Marseille");
      await expect(page.getByTestId("group-counts")).toContainText("membres confirmés");
      await expect(page.getByText(memberEmail)).toHaveCount(0);
      await expectAccessible(page);
      await page.getByRole("link", { name: "Écrire une annonce aux membres" }).click();

      // Bad input first: the messages next to the fields.
      await page.getByLabel("Objet").fill("Cartopartie");
      await page.getByRole("button", { name: "Prévisualiser" }).click();
      await expect(page.getByText("Écrivez le texte de l’annonce.").last()).toBeVisible();
      await expect(page.getByLabel("Objet")).toHaveValue("Cartopartie");

      const tag = suffix();
      const subject = `Cartopartie samedi ${tag}`;
      await page.getByLabel("Objet").fill(subject);
      await page.getByLabel("Message", { exact: true }).fill(`Rendez-vous samedi à 10\u00a0h place Castellane (${tag}).\n\nVenez nombreux\u00a0!`);
      await page.getByRole("button", { name: "Prévisualiser" }).click();
      const preview = page.getByRole("region", { name: "Aperçu du courriel" });
      await expect(preview.getByTestId("announce-preview-subject")).toHaveText(`Technopolice Marseille\u00a0: ${subject}`);
      await expect(preview.getByTestId("announce-preview-text")).toContainText("place Castellane");
      await expect(page.getByLabel("Objet")).toHaveValue(subject);
      await expectAccessible(page);
      const sentAt = Date.now();
      await page.getByRole("button", { name: /^Envoyer à \d+\s+membres?$/ }).click();
      await expect(page.getByRole("status")).toContainText("L’annonce part vers");

      const received = await lastEmailTo(memberEmail, { after: sentAt, containing: `place Castellane (${tag})` });
      expect(received.subject).toBe(`Technopolice Marseille\u00a0: ${subject}`);
      expect(received.headers["List-Unsubscribe-Post"] ?? received.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    });

    test("a resident of a commune without a group asks to start one and confirms by email", async ({ page, javaScriptEnabled, expectAccessible }) => {
      const commune = javaScriptEnabled ? { slug: "angers", name: "Angers" } : { slug: "tours", name: "Tours" };
      const email = `fondateur.${suffix()}@example.org`;
      await page.goto(`/villes/${commune.slug}`);
      const part = page.getByRole("region", { name: "Groupe local" });
      await expect(part).toContainText(`Pas encore de groupe à ${commune.name}.`);
      await part.getByRole("link", { name: `Lancer un groupe à ${commune.name}` }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lancer un groupe à ${commune.name}`);
      await expectAccessible(page);

      await page.getByLabel("Votre nom ou pseudonyme").fill("Alex");
      await page.getByRole("button", { name: "Envoyer ma demande" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Il y a un problème" });
      await expect(summary.getByRole("link")).toHaveText([
        "Indiquez votre adresse électronique.",
        "Dites en quelques mots ce que vous aimeriez faire.",
        "Cochez cette case pour que votre demande soit étudiée.",
      ]);
      await expect(page.getByLabel("Votre nom ou pseudonyme")).toHaveValue("Alex");

      await page.getByLabel("Votre adresse électronique").fill(email);
      await page.getByLabel("Ce que vous aimeriez faire").fill("Une première cartopartie au centre-ville, puis une réunion publique.");
      await page.getByLabel(/J’accepte que le collectif conserve ma demande/).check();
      const sentAt = Date.now();
      await page.getByRole("button", { name: "Envoyer ma demande" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez votre demande");

      const message = await lastEmailTo(email, { after: sentAt });
      expect(message.subject).toBe(`Confirmez votre demande de groupe\u00a0: ${commune.name}`);
      await page.goto(linkIn(message, "/groupes/demande/"));
      await page.getByRole("button", { name: "Confirmer ma demande" }).click();
      await expect(page.getByRole("status")).toContainText("L’équipe nationale vous répondra par courriel.");
    });
  });
}
