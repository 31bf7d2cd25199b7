import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TokenConfirmPage, type TokenConfirmKeys } from "~/components/token-confirm-page";
import { confirmPetitionRequest, getPetitionRequestByToken } from "~/modules/petition-requests/request.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petitionRequest.confirm.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): the button confirms.
export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getPetitionRequestByToken({ token: params.token ?? "" });
  return { request: request ? { confirmed: Boolean(request.confirmedAt), commune: request.commune } : null };
}

export async function action({ params }: ActionFunctionArgs) {
  const confirmed = await confirmPetitionRequest({ token: params.token ?? "" });
  return data({ confirmed: confirmed.ok }, { status: confirmed.ok ? 200 : 400 });
}

const KEYS = {
  title: "petitionRequest.confirm.title",
  unknown: "petitionRequest.confirm.unknown",
  done: "petitionRequest.confirm.done",
  doneText: "petitionRequest.confirm.doneText",
  intro: "petitionRequest.confirm.intro",
  submit: "petitionRequest.confirm.submit",
  back: "petitionRequest.back",
} satisfies TokenConfirmKeys;

export default function ConfirmPetitionRequestPage() {
  const { request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <TokenConfirmPage request={request} confirmedNow={Boolean(result?.confirmed)} keys={KEYS} />;
}
