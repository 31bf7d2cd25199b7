import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PetitionPanel } from "~/modules/petitions/components/panel";
import { PetitionSignForm } from "~/modules/petitions/components/sign-form";
import { signPetition } from "~/modules/petitions/petition.server";
import { cachedCommune, cachedCommuneEvents, cachedGroups, cachedNoPetition, cachedPetition, cachedRecord } from "~/models/commune-page.server";
import { CommuneEvents } from "~/modules/calendar/components/commune-events";
import { CommuneGroups } from "~/modules/groups/components/commune-group";
import { SignPetitionServerSchema } from "~/modules/petitions/sign-schema.server";
import { NoPetitionYet } from "~/modules/petition-requests/components/no-petition";
import { CityDossier } from "~/modules/projects/components/city-dossier";
import { LegalActionSummary } from "~/modules/legal-actions/components/summary";
import { CityRequests } from "~/modules/document-requests/components/requests";
import { countryOptions } from "~/modules/petitions/countries";
import { isInAllowedNetwork } from "~/modules/petition-lists/signing.server";
import { clientIpHash, clientNetworkHash } from "~/utils/client-ip.server";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";
import { prose } from "~/utils/typography";
import { petitionIs } from "~/modules/petitions/states";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await cachedCommune(params.slug);
  const { petition, recentSigners } = await cachedPetition(commune.inseeCode);
  const lang = await getLang(request);
  const t = translator(lang);
  const { dossier, legalActions, requests } = await cachedRecord(commune.inseeCode);
  const noPetition = petition ? null : await cachedNoPetition(commune);
  const events = await cachedCommuneEvents(commune.inseeCode);
  const groups = await cachedGroups(commune);
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
  // The signing form's countries (issue 28), named in the reader's language: only while it is open.
  const countries = petition && petitionIs(petition.status, "collecting") ? countryOptions(lang) : [];
  return {
    commune,
    petition,
    recentSigners,
    countries,
    dossier,
    legalActions,
    requests,
    noPetition,
    events,
    groups,
    shareImage,
    title: t("commune.metaTitle", { name: commune.name }),
  };
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
  // Inside an allowed network (a stall, a meeting: issue 28), the per-IP limit does not apply.
  const guard = await guardPublicForm({ request, context, formData, form: "petition-sign", email: submission.value.email, ipLimitExempt: isInAllowedNetwork });
  // A bot gets the page a signer gets, and nothing is recorded.
  const stopped = guardReply(guard, { bot: () => redirect(`/villes/${commune.slug}/verification`), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  if (!petition || !petitionIs(petition.status, "collecting")) return data(submission.reply({ formErrors: ["petition.closedNotice"] }), { status: 400 });
  const signed = await signPetition({
    petitionId: petition.id,
    input: submission.value,
    ipHash: clientIpHash(request, context),
    lang: await getLang(request),
    networkHash: clientNetworkHash(request, context),
  });
  if (!signed.ok && signed.error === "closed") return data(submission.reply({ formErrors: ["petition.closedNotice"] }), { status: 400 });
  // The same page whether this address had signed before or not, or is blocked.
  return redirect(`/villes/${commune.slug}/verification`);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? shareable(matches, { title: data.title, description: prose(data.petition?.title), image: data.shareImage }) : [];

export default function CommunePage() {
  const { commune, petition, recentSigners, countries, dossier, legalActions, requests, noPetition, events, groups } = useLoaderData<typeof loader>();
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
            signHref={petitionIs(petition.status, "collecting") ? "#sign-heading" : undefined}
          >
            {petitionIs(petition.status, "collecting") ? (
              <section aria-labelledby="sign-heading" className="sign-section">
                <h3 id="sign-heading" tabIndex={-1}>
                  {t("petition.sign.heading")}
                </h3>
                <PetitionSignForm lastResult={lastResult} countries={countries} />
              </section>
            ) : (
              <p>{t("petition.closedNotice")}</p>
            )}
          </PetitionPanel>
        ) : (
          <NoPetitionYet commune={commune} requestCount={noPetition?.requestCount ?? 0} nearby={noPetition?.nearby ?? []} />
        )}
      </section>
      <CommuneEvents communeName={commune.name} communeSlug={commune.slug} events={events} />
      <CommuneGroups commune={commune} groups={groups} />
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
