// "No group here yet: start one" (issue 25): the request form of a commune without a group, with
// or without JavaScript; then the page says to confirm by email.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { getCommuneBySlug } from "~/models/commune.server";
import { GroupRequestForm } from "~/modules/groups/components/forms";
import { groupsForCommune } from "~/modules/groups/group.server";
import { requestGroup } from "~/modules/groups/request.server";
import { GroupRequestSchema } from "~/modules/groups/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";

async function loadCommune(slug: string | undefined) {
  const commune = await getCommuneBySlug({ slug: slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  return { name: commune.name, slug: commune.slug, inseeCode: commune.inseeCode, groups: await groupsForCommune(commune) };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await loadCommune(params.slug);
  const t = translator(await getLang(request));
  const sent = new URL(request.url).searchParams.has("envoye");
  return { commune, sent, title: `${t(sent ? "groups.request.sent.title" : "groups.request.title", { commune: commune.name })} — ${t("site.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? shareable(matches, { title: data.title, noindex: true }) : []);

export const headers = outageHeaders;

export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ params, request, context }: ActionFunctionArgs) {
  const commune = await loadCommune(params.slug);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: GroupRequestSchema });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "group-request", email });
  const sent = `/villes/${commune.slug}/groupe?envoye`;
  const stopped = guardReply(guard, { bot: () => redirect(sent), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await requestGroup({ inseeCode: commune.inseeCode, input: submission.value, lang: await getLang(request) });
  return redirect(sent);
}

export default function GroupRequestPage() {
  const { commune, sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="narrow">
      {sent ? (
        <>
          <h1>{t("groups.request.sent.title")}</h1>
          <p role="status">{t("groups.request.sent.text")}</p>
        </>
      ) : (
        <>
          <h1>{t("groups.request.title", { commune: commune.name })}</h1>
          {commune.groups.length > 0 ? (
            <p className="notice">
              <Link to={`/groupes/${commune.groups[0].slug}`}>{t("groups.request.hasGroup", { commune: commune.name })}</Link>
            </p>
          ) : null}
          <p>{t("groups.request.intro")}</p>
          <GroupRequestForm communeSlug={commune.slug} lastResult={lastResult} />
        </>
      )}
      <p>
        <Link to={`/villes/${commune.slug}`}>{t("groups.request.back", { commune: commune.name })}</Link>
      </p>
    </div>
  );
}
