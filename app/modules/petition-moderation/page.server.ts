// What the moderation and fraud routes share: the petition (404 if none), and the list's filter
// read from the page's address.
import { parseWithZod } from "@conform-to/zod/v4";
import { getPetitionForAdmin } from "~/modules/petitions/admin.server";
import { isUuid } from "~/utils/uuid";
import { SignatureFilterSchema, type SignatureFilter } from "./schema";

export async function petitionForModeration(id: string | undefined) {
  const petition = id && isUuid(id) ? await getPetitionForAdmin({ id }) : null;
  if (!petition) throw new Response("Not found", { status: 404 });
  return petition;
}

export type FilterErrors = Record<string, string[] | null>;

/** The filter in the address: valid (and its page), or the errors to show beside its fields. */
export function filterFromUrl(url: URL): { ok: true; filter: SignatureFilter; page: number } | { ok: false; errors: FilterErrors } {
  const submission = parseWithZod(url.searchParams, { schema: SignatureFilterSchema });
  if (submission.status !== "success") return { ok: false, errors: submission.reply().error ?? {} };
  const { page = 1, ...filter } = submission.value;
  return { ok: true, filter, page };
}

/** The address's filter fields as typed, to fill the form again (nothing typed is lost). */
export const typedFilter = (url: URL) => Object.fromEntries(url.searchParams);
