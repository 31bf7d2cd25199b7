import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PetitionPanel } from "~/components/petition-panel";
import { PetitionSignForm } from "~/components/petition-sign-form";
import { getCommuneBySlug } from "~/models/commune.server";
import { getPetitionForCommune, nearestOpenPetitions, recentPublicSigners, signPetition } from "~/models/petition.server";
import { SignPetitionServerSchema } from "~/models/petition-sign-schema.server";
import { countPetitionRequests } from "~/models/petition-request.server";
import { NoPetitionYet } from "~/components/no-petition";
import { CityDossier } from "~/components/city-dossier";
import { getCommuneDossier } from "~/models/report.server";
import { LegalActionSummary } from "~/components/legal-action";
import { listPublicLegalActions } from "~/models/legal-action.server";
import { CityRequests } from "~/modules/document-requests/components/requests";
import { listRequestsForCommune } from "~/modules/document-requests/public.server";
import { clientIpHash } from "~/utils/client-ip.server";
import { guardPublicForm, heldBack } from "~/utils/form-guard.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { cached } from "~/utils/memo.server";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";
import { prose } from "~/utils/typography";

async function loadCommune(slug: string | undefined) {
  const commune = await getCommuneBySlug({ slug: slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  return commune;
}

/** The busiest page: the directory entry is cached for minutes, the petition and its signers for a second. */
const cachedCommune = (slug: string | undefined) => cached(`commune:${slug}`, 5 * 60_000, () => loadCommune(slug));
const cachedPetition = (inseeCode: string) =>
  cached(`commune-petition:${inseeCode}`, 1_000, async () => {
    const petition = await getPetitionForCommune({ inseeCode });
    return { petition, recentSigners: petition ? await recentPublicSigners({ petitionId: petition.id }) : [] };
  });
/** The city's published reports and legal actions change when organizers publish: a second is fine. */
const cachedRecord = (inseeCode: string) =>
  cached(`commune-record:${inseeCode}`, 1_000, async () => {
    const [dossier, legalActions, requests] = await Promise.all([
      getCommuneDossier({ inseeCode }),
      listPublicLegalActions({ inseeCode }),
      listRequestsForCommune({ inseeCode }),
    ]);
    return { dossier, legalActions, requests };
  });
/** A commune without a petition: its confirmed requests and the open petitions nearest to it. */
const cachedNoPetition = (commune: { inseeCode: string; departmentCode: string; regionCode: string }) =>
  cached(`commune-no-petition:${commune.inseeCode}`, 1_000, async () => {
    const [requestCount, nearby] = await Promise.all([
      countPetitionRequests({ inseeCode: commune.inseeCode }),
      nearestOpenPetitions({ departmentCode: commune.departmentCode, regionCode: commune.regionCode }),
    ]);
    return { requestCount, nearby };
  });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await cachedCommune(params.slug);
  const { petition, recentSigners } = await cachedPetition(commune.inseeCode);
  const t = translator(await getLang(request));
  const { dossier, legalActions, requests } = await cachedRecord(commune.inseeCode);
  const noPetition = petition ? null : await cachedNoPetition(commune);
  const shareImage = {
    path: `/villes/${commune.slug}/partage.png`,
    alt: petition
      ? t("share.image.altPetition", {
          commune: commune.name,
          title: petition.title,
          count: t("share.card.count", { count: petition.count }),
          goal: petition.goal,
        })
      : t("share.image.altCity", { commune: commune.name }),
  };
  return { commune, petition, recentSigners, dossier, legalActions, requests, noPetition, shareImage, title: t("commune.metaTitle", { name: commune.name }) };
}

export const headers = outageHeaders;

// A function declaration, not `withOutageReply(...)` at the top level: Remix drops the `action`
// export from the browser bundle only when nothing is called to define it.
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ params, request, context }: ActionFunctionArgs) {
  // signPetition checks again, in the database, that the petition is open.
  const commune = await cachedCommune(params.slug);
  const { petition } = await cachedPetition(commune.inseeCode);
  const formData = await request.formData();
  const submission = await parseWithZod(formData, { schema: SignPetitionServerSchema, async: true });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const guard = await guardPublicForm({ request, context, formData, form: "petition-sign", email: submission.value.email });
  // A bot gets the page a signer gets, and nothing is recorded.
  if (guard === "bot") return redirect(`/villes/${commune.slug}/verification`);
  if (guard !== "ok") {
    const held = heldBack(guard);
    return data(submission.reply({ formErrors: held.formErrors }), { status: held.status });
  }
  if (!petition || petition.status !== "OPEN") return data(submission.reply({ formErrors: ["petition.closedNotice"] }), { status: 400 });
  const signed = await signPetition({ petitionId: petition.id, input: submission.value, ipHash: clientIpHash(request, context), lang: await getLang(request) });
  if (!signed.ok) return data(submission.reply({ formErrors: ["petition.closedNotice"] }), { status: 400 });
  // The same page whether this address had signed before or not.
  return redirect(`/villes/${commune.slug}/verification`);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? shareable(matches, { title: data.title, description: prose(data.petition?.title), image: data.shareImage }) : [];

export default function CommunePage() {
  const { commune, petition, recentSigners, dossier, legalActions, requests, noPetition } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <article className="commune">
      {/* Mobile first: the petition, its count and the "Sign" action come first; the form follows
          its text; the commune's facts are at the end. */}
      <header className="commune-header">
        <h1>{commune.name}</h1>
      </header>
      <section aria-labelledby="petition-heading" className="panel">
        <h2 id="petition-heading">{t("commune.petition.heading")}</h2>
        {petition ? (
          <PetitionPanel
            petition={petition}
            communeName={commune.name}
            communeSlug={commune.slug}
            recentSigners={recentSigners}
            signHref={petition.status === "OPEN" ? "#sign-heading" : undefined}
          >
            {petition.status === "OPEN" ? (
              <section aria-labelledby="sign-heading" className="sign-section">
                <h3 id="sign-heading" tabIndex={-1}>
                  {t("petition.sign.heading")}
                </h3>
                <PetitionSignForm lastResult={lastResult} />
              </section>
            ) : (
              <p>{t("petition.closedNotice")}</p>
            )}
          </PetitionPanel>
        ) : (
          <NoPetitionYet commune={commune} requestCount={noPetition?.requestCount ?? 0} nearby={noPetition?.nearby ?? []} />
        )}
      </section>
      <CityDossier projects={dossier} communeName={commune.name} />
      <CityRequests requests={requests} communeName={commune.name} communeSlug={commune.slug} />
      <section aria-labelledby="actions-heading" className="panel">
        <h2 id="actions-heading">{t("commune.actions.heading")}</h2>
        {legalActions.length === 0 ? (
          <p>{t("commune.actions.none")}</p>
        ) : (
          legalActions.map((action) => <LegalActionSummary key={action.id} action={action} headingLevel={3} />)
        )}
      </section>
      <section aria-labelledby="commune-facts-heading" className="commune-facts-section">
        <h2 id="commune-facts-heading">{t("commune.facts.heading")}</h2>
        <ul className="commune-facts">
          <li>{t("commune.department", { name: commune.departmentName, code: commune.departmentCode })}</li>
          <li>{t("commune.region", { name: commune.regionName })}</li>
          <li>{t("commune.population", { population: commune.population })}</li>
          <li>{t("commune.postcodes", { list: commune.postcodes.join(", ") })}</li>
        </ul>
      </section>
    </article>
  );
}
