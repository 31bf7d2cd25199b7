// The fraud view of one petition (issue 28): signatures per hashed IP, network, email domain and
// hour, over the last hour or day (?periode=hour|day), largest groups first.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { FraudPage } from "~/modules/petition-moderation/components/fraud-page";
import { FRAUD_WINDOWS, fraudGroups } from "~/modules/petition-moderation/fraud.server";
import { petitionForModeration } from "~/modules/petition-moderation/page.server";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, "admin.fraud.heading", data ? { text: data.petition.commune.name } : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.fraud");
  const petition = await petitionForModeration(params.id);
  // An unknown period is the default one, not an error: the switch is links, not a form.
  const window = FRAUD_WINDOWS.find((option) => option === new URL(request.url).searchParams.get("periode")) ?? "day";
  return {
    petition: { id: petition.id, title: petition.title, commune: petition.commune },
    window,
    groups: await fraudGroups({ petitionId: petition.id, window }),
  };
}

export default function AdminPetitionFraud() {
  return <FraudPage {...useLoaderData<typeof loader>()} />;
}
