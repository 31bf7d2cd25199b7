// Which tribunal administratif hears a commune's refusal, department by department.
//
// Source: code de justice administrative, article R221-3 (siège et ressort des tribunaux
// administratifs), in the version in force since 9 November 2015 (décret n° 2015-1444 du
// 6 novembre 2015, art. 1), consolidated on Légifrance as of 18 April 2024 and unchanged since
// as far as we know: check https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031459523
// before relying on it. Territorial jurisdiction itself: article R312-1 of the same code (the
// tribunal in whose ressort the authority that took the decision, here the mayor, has its seat).
// Names: as the code names them (most after their seat, overseas ones after their territory). Lyon's ressort
// "Rhône" covers the Rhône department and the Métropole de Lyon (code 69 in the commune table).
//
// Postal addresses: the addresses the tribunals publish on their pages of
// justice-administrative.fr, as known when this table was written (December 2026). They have not
// been re-checked one by one against each page since, and greffes move: an organizer should check
// them before the feature is announced, and the draft tells the requester to check the address
// on the tribunal's page before posting anything. Télérecours citoyens
// (https://citoyens.telerecours.fr) has been open before every tribunal administratif, in
// metropolitan France and overseas, since its extension to all administrative courts at the end
// of 2018 (to be confirmed on telerecours.fr for the Pacific tribunals); the flag is kept per
// tribunal so that a court without it can be marked and the draft then says "by post".
//
// Data only, no imports: shared by the server and the browser.

export type Tribunal = {
  /** A stable key: the seat, lower case ("lyon", "cergy-pontoise"). */
  slug: string;
  /** "tribunal administratif de Lyon": as the code names the court. */
  name: string;
  /** Postal address, one line per line of the envelope. */
  address: string[];
  /** Whether Télérecours citoyens accepts applications for this tribunal. */
  telerecours: boolean;
};

const t = (slug: string, name: string, address: string[], telerecours = true): Tribunal => ({ slug, name, address, telerecours });

export const TRIBUNALS = {
  amiens: t("amiens", "tribunal administratif d’Amiens", ["14, rue Lemerchier", "CS 81114", "80011 Amiens Cedex 1"]),
  bastia: t("bastia", "tribunal administratif de Bastia", ["Villa Montépiano", "20407 Bastia Cedex"]),
  besancon: t("besancon", "tribunal administratif de Besançon", ["30, rue Charles Nodier", "25044 Besançon Cedex 3"]),
  bordeaux: t("bordeaux", "tribunal administratif de Bordeaux", ["9, rue Tastet", "CS 21490", "33063 Bordeaux Cedex"]),
  caen: t("caen", "tribunal administratif de Caen", ["3, rue Arthur Le Duc", "BP 25086", "14050 Caen Cedex 4"]),
  "cergy-pontoise": t("cergy-pontoise", "tribunal administratif de Cergy-Pontoise", ["2-4, boulevard de l’Hautil", "BP 30322", "95027 Cergy-Pontoise Cedex"]),
  "chalons-en-champagne": t("chalons-en-champagne", "tribunal administratif de Châlons-en-Champagne", ["25, rue du Lycée", "51036 Châlons-en-Champagne Cedex"]),
  "clermont-ferrand": t("clermont-ferrand", "tribunal administratif de Clermont-Ferrand", ["6, cours Sablon", "CS 90129", "63033 Clermont-Ferrand Cedex 1"]),
  dijon: t("dijon", "tribunal administratif de Dijon", ["22, rue d’Assas", "BP 61616", "21016 Dijon Cedex"]),
  grenoble: t("grenoble", "tribunal administratif de Grenoble", ["2, place de Verdun", "BP 1135", "38022 Grenoble Cedex"]),
  lille: t("lille", "tribunal administratif de Lille", ["5, rue Geoffroy Saint-Hilaire", "CS 62039", "59014 Lille Cedex"]),
  limoges: t("limoges", "tribunal administratif de Limoges", ["1, cours Vergniaud", "87000 Limoges"]),
  lyon: t("lyon", "tribunal administratif de Lyon", ["Palais des juridictions administratives", "184, rue Duguesclin", "69433 Lyon Cedex 03"]),
  marseille: t("marseille", "tribunal administratif de Marseille", ["22-24, rue Breteuil", "13281 Marseille Cedex 06"]),
  melun: t("melun", "tribunal administratif de Melun", ["43, rue du Général de Gaulle", "Case postale n° 8630", "77008 Melun Cedex"]),
  montpellier: t("montpellier", "tribunal administratif de Montpellier", ["6, rue Pitot", "CS 99002", "34063 Montpellier Cedex 2"]),
  montreuil: t("montreuil", "tribunal administratif de Montreuil", ["206, rue de Paris", "93100 Montreuil"]),
  nancy: t("nancy", "tribunal administratif de Nancy", ["5, place de la Carrière", "CS 20038", "54036 Nancy Cedex"]),
  nantes: t("nantes", "tribunal administratif de Nantes", ["6, allée de l’Île Gloriette", "CS 24111", "44041 Nantes Cedex 01"]),
  nice: t("nice", "tribunal administratif de Nice", ["18, avenue des Fleurs", "CS 61039", "06050 Nice Cedex 1"]),
  nimes: t("nimes", "tribunal administratif de Nîmes", ["16, avenue Feuchères", "CS 88010", "30941 Nîmes Cedex 09"]),
  orleans: t("orleans", "tribunal administratif d’Orléans", ["28, rue de la Bretonnerie", "45057 Orléans Cedex 1"]),
  paris: t("paris", "tribunal administratif de Paris", ["7, rue de Jouy", "75181 Paris Cedex 04"]),
  pau: t("pau", "tribunal administratif de Pau", ["50, cours Lyautey", "CS 50543", "64010 Pau Cedex"]),
  poitiers: t("poitiers", "tribunal administratif de Poitiers", ["15, rue de Blossac", "CS 80541", "86020 Poitiers Cedex"]),
  rennes: t("rennes", "tribunal administratif de Rennes", ["3, contour de la Motte", "CS 44416", "35044 Rennes Cedex"]),
  rouen: t("rouen", "tribunal administratif de Rouen", ["53, avenue Gustave Flaubert", "76000 Rouen"]),
  strasbourg: t("strasbourg", "tribunal administratif de Strasbourg", ["31, avenue de la Paix", "BP 51038", "67070 Strasbourg Cedex"]),
  toulon: t("toulon", "tribunal administratif de Toulon", ["5, rue Racine", "CS 40510", "83041 Toulon Cedex 9"]),
  toulouse: t("toulouse", "tribunal administratif de Toulouse", ["68, rue Raymond IV", "BP 7007", "31068 Toulouse Cedex 07"]),
  versailles: t("versailles", "tribunal administratif de Versailles", ["56, avenue de Saint-Cloud", "78011 Versailles Cedex"]),
  // Overseas: named after their territory.
  guadeloupe: t("guadeloupe", "tribunal administratif de la Guadeloupe", ["Rue Victor Hugues", "97100 Basse-Terre"]),
  guyane: t("guyane", "tribunal administratif de la Guyane", ["7, rue Schœlcher", "BP 5030", "97305 Cayenne Cedex"]),
  martinique: t("martinique", "tribunal administratif de la Martinique", ["12, rue du Citronnier", "Plateau Fofo", "CS 17103", "97271 Schœlcher Cedex"]),
  mayotte: t("mayotte", "tribunal administratif de Mayotte", ["Les Hauts Jardins du Collège", "97600 Mamoudzou"]),
  reunion: t("reunion", "tribunal administratif de La Réunion", ["27, rue Félix Guyon", "CS 61107", "97404 Saint-Denis Cedex"]),
  "saint-pierre-et-miquelon": t("saint-pierre-et-miquelon", "tribunal administratif de Saint-Pierre-et-Miquelon", [
    "Place Monseigneur Maurer",
    "BP 4200",
    "97500 Saint-Pierre",
  ]),
  // Saint-Barthélemy and Saint-Martin: their tribunals sit with the Guadeloupe's, in Basse-Terre.
  "saint-barthelemy": t("saint-barthelemy", "tribunal administratif de Saint-Barthélemy", ["Rue Victor Hugues", "97100 Basse-Terre"]),
  "saint-martin": t("saint-martin", "tribunal administratif de Saint-Martin", ["Rue Victor Hugues", "97100 Basse-Terre"]),
  "wallis-et-futuna": t("wallis-et-futuna", "tribunal administratif de Wallis-et-Futuna", ["BP 16", "98600 Mata-Utu"]),
  "nouvelle-caledonie": t("nouvelle-caledonie", "tribunal administratif de Nouvelle-Calédonie", ["2 bis, rue Guynemer", "BP M2", "98849 Nouméa Cedex"]),
  "polynesie-francaise": t("polynesie-francaise", "tribunal administratif de la Polynésie française", [
    "Villa Mauban, avenue Pouvanaa a Oopa",
    "BP 4522",
    "98713 Papeete",
  ]),
} satisfies Record<string, Tribunal>;

export type TribunalSlug = keyof typeof TRIBUNALS;

/**
 * Department code (as the commune table has it: "01"…"95", "2A", "2B", "971"…"989") → the
 * tribunal whose ressort it is, article R221-3 CJA, in the article's order.
 */
export const DEPARTMENT_TRIBUNALS: Record<string, TribunalSlug> = {
  // Amiens : Aisne, Oise, Somme
  "02": "amiens",
  "60": "amiens",
  "80": "amiens",
  // Bastia : Corse-du-Sud, Haute-Corse
  "2A": "bastia",
  "2B": "bastia",
  // Besançon : Doubs, Jura, Haute-Saône, Territoire de Belfort
  "25": "besancon",
  "39": "besancon",
  "70": "besancon",
  "90": "besancon",
  // Bordeaux : Dordogne, Gironde, Lot-et-Garonne
  "24": "bordeaux",
  "33": "bordeaux",
  "47": "bordeaux",
  // Caen : Calvados, Manche, Orne
  "14": "caen",
  "50": "caen",
  "61": "caen",
  // Cergy-Pontoise : Hauts-de-Seine, Val-d'Oise
  "92": "cergy-pontoise",
  "95": "cergy-pontoise",
  // Châlons-en-Champagne : Ardennes, Aube, Marne, Haute-Marne
  "08": "chalons-en-champagne",
  "10": "chalons-en-champagne",
  "51": "chalons-en-champagne",
  "52": "chalons-en-champagne",
  // Clermont-Ferrand : Allier, Cantal, Haute-Loire, Puy-de-Dôme
  "03": "clermont-ferrand",
  "15": "clermont-ferrand",
  "43": "clermont-ferrand",
  "63": "clermont-ferrand",
  // Dijon : Côte-d'Or, Nièvre, Saône-et-Loire, Yonne
  "21": "dijon",
  "58": "dijon",
  "71": "dijon",
  "89": "dijon",
  // Grenoble : Drôme, Isère, Savoie, Haute-Savoie
  "26": "grenoble",
  "38": "grenoble",
  "73": "grenoble",
  "74": "grenoble",
  // Lille : Nord, Pas-de-Calais
  "59": "lille",
  "62": "lille",
  // Limoges : Corrèze, Creuse, Indre, Haute-Vienne
  "19": "limoges",
  "23": "limoges",
  "36": "limoges",
  "87": "limoges",
  // Lyon : Ain, Ardèche, Loire, Rhône (with the Métropole de Lyon)
  "01": "lyon",
  "07": "lyon",
  "42": "lyon",
  "69": "lyon",
  // Marseille : Alpes-de-Haute-Provence, Hautes-Alpes, Bouches-du-Rhône
  "04": "marseille",
  "05": "marseille",
  "13": "marseille",
  // Melun : Seine-et-Marne, Val-de-Marne
  "77": "melun",
  "94": "melun",
  // Montpellier : Aude, Hérault, Pyrénées-Orientales
  "11": "montpellier",
  "34": "montpellier",
  "66": "montpellier",
  // Montreuil : Seine-Saint-Denis
  "93": "montreuil",
  // Nancy : Meurthe-et-Moselle, Meuse, Vosges
  "54": "nancy",
  "55": "nancy",
  "88": "nancy",
  // Nantes : Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe, Vendée
  "44": "nantes",
  "49": "nantes",
  "53": "nantes",
  "72": "nantes",
  "85": "nantes",
  // Nice : Alpes-Maritimes
  "06": "nice",
  // Nîmes : Gard, Lozère, Vaucluse
  "30": "nimes",
  "48": "nimes",
  "84": "nimes",
  // Orléans : Cher, Eure-et-Loir, Indre-et-Loire, Loir-et-Cher, Loiret
  "18": "orleans",
  "28": "orleans",
  "37": "orleans",
  "41": "orleans",
  "45": "orleans",
  // Paris : ville de Paris
  "75": "paris",
  // Pau : Gers, Landes, Pyrénées-Atlantiques, Hautes-Pyrénées
  "32": "pau",
  "40": "pau",
  "64": "pau",
  "65": "pau",
  // Poitiers : Charente, Charente-Maritime, Deux-Sèvres, Vienne
  "16": "poitiers",
  "17": "poitiers",
  "79": "poitiers",
  "86": "poitiers",
  // Rennes : Côtes-d'Armor, Finistère, Ille-et-Vilaine, Morbihan
  "22": "rennes",
  "29": "rennes",
  "35": "rennes",
  "56": "rennes",
  // Rouen : Eure, Seine-Maritime
  "27": "rouen",
  "76": "rouen",
  // Strasbourg : Moselle, Bas-Rhin, Haut-Rhin
  "57": "strasbourg",
  "67": "strasbourg",
  "68": "strasbourg",
  // Toulon : Var
  "83": "toulon",
  // Toulouse : Ariège, Aveyron, Haute-Garonne, Lot, Tarn, Tarn-et-Garonne
  "09": "toulouse",
  "12": "toulouse",
  "31": "toulouse",
  "46": "toulouse",
  "81": "toulouse",
  "82": "toulouse",
  // Versailles : Essonne, Yvelines
  "91": "versailles",
  "78": "versailles",
  // Basse-Terre : Guadeloupe ; Cayenne : Guyane ; Fort-de-France : Martinique ; Mamoudzou : Mayotte
  "971": "guadeloupe",
  "973": "guyane",
  "972": "martinique",
  "976": "mayotte",
  // Saint-Denis : La Réunion, Terres australes et antarctiques françaises
  "974": "reunion",
  "984": "reunion",
  // Saint-Pierre : Saint-Pierre-et-Miquelon ; Saint-Barthélemy ; Saint-Martin
  "975": "saint-pierre-et-miquelon",
  "977": "saint-barthelemy",
  "978": "saint-martin",
  // Mata-Utu : îles Wallis et Futuna ; Nouméa : Nouvelle-Calédonie ; Papeete : Polynésie française, Clipperton
  "986": "wallis-et-futuna",
  "988": "nouvelle-caledonie",
  "987": "polynesie-francaise",
  "989": "polynesie-francaise",
};

/** The tribunal administratif for a commune of `departmentCode`, or null for an unknown code. */
export function tribunalForDepartment(departmentCode: string): Tribunal | null {
  const slug = Object.hasOwn(DEPARTMENT_TRIBUNALS, departmentCode.toUpperCase()) ? DEPARTMENT_TRIBUNALS[departmentCode.toUpperCase()] : undefined;
  return slug ? TRIBUNALS[slug] : null;
}

/** Where Télérecours citoyens is. */
export const TELERECOURS_CITOYENS_URL = "https://citoyens.telerecours.fr";
