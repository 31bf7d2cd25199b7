// Text normalisation shared by the server and the browser.

function stripAccents(value: string) {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae");
}

/** What commune search compares: "Saint-Étienne" and "saint etienne" both give "saint etienne". */
export function searchKey(value: string) {
  return stripAccents(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A URL segment: "L'Haÿ-les-Roses" gives "l-hay-les-roses". */
export function slugify(value: string) {
  return searchKey(value).replace(/ /g, "-");
}
