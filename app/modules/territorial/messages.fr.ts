// The French messages of territorial rights (issue 25): the admin layout's line naming a
// coordinator's groups and territory, the coordinator role, and the "not your territory" page;
// spread into the catalogue (app/locales/fr.ts).
export const territorialMessagesFr = {
  "admin.role.COORDINATOR": "Coordinateur·rice d’un groupe local",
  "admin.territory.heading": "Votre territoire",
  "admin.territory.line": "Vous coordonnez {group}, pour {territory}. Vous n’agissez que sur les communes de ce territoire.",
  "admin.territory.none": "Vous ne coordonnez encore aucun groupe local\u00a0: demandez à un·e administrateur·rice de vous en confier un.",
  "admin.territory.department": "le département {code}",
  "admin.territory.nothing": "aucune commune",
  "errorPage.territory.title": "Hors de votre territoire",
  "errorPage.territory.text":
    "Cet élément concerne une commune qui n’est pas dans le territoire de votre groupe local\u00a0: vous ne pouvez ni le voir ni le modifier. Les organisateur·rices national·es peuvent s’en charger.",
};
