import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TokenConfirmPage, type TokenConfirmKeys } from "~/components/token-confirm-page";
import { confirmGroupRequest, getGroupRequestByToken } from "~/modules/groups/request.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.requestConfirm.title", { noindex: true });

// Confirming a request to start a group (issue 25). Opening the link changes nothing (mail
// scanners open links): the button confirms.
export async function loader({ params }: LoaderFunctionArgs) {
  const request = await getGroupRequestByToken({ token: params.token ?? "" });
  return { request: request ? { confirmed: request.confirmedAt !== null, commune: request.commune } : null };
}

export async function action({ params }: ActionFunctionArgs) {
  const confirmed = await confirmGroupRequest({ token: params.token ?? "" });
  return data({ confirmed: confirmed.ok }, { status: confirmed.ok ? 200 : 400 });
}

const KEYS = {
  title: "groups.requestConfirm.title",
  unknown: "groups.requestConfirm.unknown",
  done: "groups.requestConfirm.done",
  doneText: "groups.requestConfirm.doneText",
  intro: "groups.requestConfirm.intro",
  submit: "groups.requestConfirm.submit",
  back: "groups.request.back",
} satisfies TokenConfirmKeys;

export default function ConfirmGroupRequestPage() {
  const { request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <TokenConfirmPage request={request} confirmedNow={Boolean(result?.confirmed)} keys={KEYS} />;
}
