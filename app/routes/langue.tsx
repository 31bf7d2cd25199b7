import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { LanguageChoiceSchema } from "~/schemas/language-choice";
import { serializeLangCookie, withoutLangParam } from "~/utils/lang.server";

export async function action({ request }: ActionFunctionArgs) {
  const parsed = LanguageChoiceSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirect("/");
  return redirect(withoutLangParam(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await serializeLangCookie(parsed.data.lang) },
  });
}

export function loader() {
  return redirect("/");
}
