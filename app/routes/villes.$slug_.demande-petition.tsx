import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { PetitionRequestForm } from "~/modules/petition-requests/components/form";
import { getCommuneBySlug, getCommuneForPetition } from "~/models/commune.server";
import { requestPetition } from "~/modules/petition-requests/request.server";
import { PetitionRequestSchema } from "~/modules/petition-requests/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";

// "Ask for a petition here" (issue 17). The commune page shows the form; it posts here, and this
// page shows it again with its errors (with or without JavaScript).
async function loadCommune(slug: string | undefined) {
  const commune = await getCommuneBySlug({ slug: slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  const forPetition = await getCommuneForPetition({ inseeCode: commune.inseeCode });
  return { name: commune.name, slug: commune.slug, inseeCode: commune.inseeCode, hasOpenPetition: Boolean(forPetition?.openPetitionId) };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await loadCommune(params.slug);
  const t = translator(await getLang(request));
  return { commune, title: `${t("petitionRequest.title", { commune: commune.name })} — ${t("site.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? shareable(matches, { title: data.title, noindex: true }) : []);

export const headers = outageHeaders;

// While the database is unreachable, the form comes back with what was typed and says so (503).
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ params, request, context }: ActionFunctionArgs) {
  const commune = await loadCommune(params.slug);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: PetitionRequestSchema });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "petition-request", email });
  const sent = `/villes/${commune.slug}/demande-petition/verification`;
  // A bot gets the page a person gets, and nothing is recorded.
  const stopped = guardReply(guard, { bot: () => redirect(sent), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await requestPetition({ inseeCode: commune.inseeCode, input: submission.value, lang: await getLang(request) });
  if (!result.ok) return redirect(`/villes/${commune.slug}`);
  // The same page whether this address had asked before or not.
  return redirect(sent);
}

export default function PetitionRequestPage() {
  const { commune } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petitionRequest.title", { commune: commune.name })}</h1>
      {commune.hasOpenPetition ? (
        <p className="notice">
          <Link to={`/villes/${commune.slug}`}>{t("petitionRequest.hasPetition", { commune: commune.name })}</Link>
        </p>
      ) : (
        <>
          <p>{t("petitionRequest.intro")}</p>
          <PetitionRequestForm communeSlug={commune.slug} lastResult={lastResult} />
        </>
      )}
      <p>
        <Link to={`/villes/${commune.slug}`}>{t("petitionRequest.back", { commune: commune.name })}</Link>
      </p>
    </div>
  );
}
