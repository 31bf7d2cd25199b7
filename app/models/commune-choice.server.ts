import { searchKey } from "~/utils/text";
import { db } from "~/utils/db.server";
import type { CommuneSummary } from "./commune-index.server";
import { searchCommunes } from "./commune.server";

export type CommuneChoice =
  { status: "found"; commune: { inseeCode: string; name: string; slug: string } } | { status: "unknown" } | { status: "ambiguous"; choices: CommuneSummary[] };

/** Five digits, or 2A/2B and three digits for Corsica. */
const INSEE_CODE = /^\d[\dAB]\d{3}$/i;

/**
 * The commune a form field designates: the INSEE code picked from the suggestions, else the
 * text typed (a name or a postcode) when it designates exactly one commune; otherwise the
 * candidates to choose from.
 */
export async function resolveCommune({ text, inseeCode }: { text: string; inseeCode?: string }): Promise<CommuneChoice> {
  // "Rennes (35)" is what picking a suggestion writes in the box.
  const query = text.replace(/\s*\((\d{2,3}|2A|2B)\)\s*$/i, "");
  // Only something shaped like a code is looked up: the field is whatever the client sent, and
  // PostgreSQL refuses a NUL byte in text with an error (a 500), not with "no such commune".
  if (inseeCode && INSEE_CODE.test(inseeCode)) {
    const commune = await db().commune.findUnique({
      where: { inseeCode: inseeCode.toUpperCase() },
      select: { inseeCode: true, name: true, slug: true, postcodes: true },
    });
    // The code counts only while the text still designates it (without JavaScript a code from an
    // earlier choice stays in the form when the text is changed).
    const typed = query.trim();
    if (commune && (searchKey(commune.name).startsWith(searchKey(typed)) || commune.postcodes.some((postcode) => postcode.startsWith(typed)))) {
      return { status: "found", commune: { inseeCode: commune.inseeCode, name: commune.name, slug: commune.slug } };
    }
  }
  const department = /\((\d{2,3}|2A|2B)\)\s*$/i.exec(text)?.[1]?.toUpperCase();
  const candidates = await searchCommunes({ query, limit: 10 });
  if (candidates.length === 0) return { status: "unknown" };
  const key = searchKey(query);
  const exact = candidates.filter((commune) => searchKey(commune.name) === key && (!department || commune.departmentCode === department));
  const isPostcode = /^\d{5}$/.test(query.trim());
  const single = exact.length === 1 ? exact[0] : candidates.length === 1 && (isPostcode || exact.length === 1) ? candidates[0] : null;
  if (single) return { status: "found", commune: { inseeCode: single.inseeCode, name: single.name, slug: single.slug } };
  return { status: "ambiguous", choices: candidates };
}

/**
 * A form's commune field: the text typed in "commune" and the code picked in "inseeCode". Gives
 * the commune when it is designated, the candidates to offer otherwise, and the field's error
 * (an empty field is the form schema's to report).
 */
export async function communeField(formData: FormData) {
  const text = String(formData.get("commune") ?? "");
  const choice = await resolveCommune({ text, inseeCode: String(formData.get("inseeCode") ?? "") || undefined });
  const errors =
    text.trim() === "" || choice.status === "found"
      ? undefined
      : [choice.status === "unknown" ? "reports.errors.communeUnknown" : "reports.errors.communeChoose"];
  return {
    commune: choice.status === "found" ? choice.commune : null,
    choices: choice.status === "ambiguous" ? choice.choices : [],
    errors,
  };
}
