// A local group's page (issue 25): its presentation and territory, its next dates, its communes'
// open petitions, projects and document requests, and two forms posting here: join (double
// opt-in) and write to the group (relayed without the sender's address).
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ContactForm, JoinForm } from "~/modules/groups/components/forms";
import { GroupSections } from "~/modules/groups/components/group-page";
import { sendContactMessage } from "~/modules/groups/contact.server";
import { getGroupBySlug, getPublicGroup } from "~/modules/groups/group.server";
import { joinGroup } from "~/modules/groups/membership.server";
import { ContactGroupSchema, JoinGroupSchema } from "~/modules/groups/schema";
import { clientIpHash } from "~/utils/client-ip.server";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";
import { prose } from "~/utils/typography";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const group = await getPublicGroup({ slug: params.slug ?? "" });
  if (!group) throw new Response("Not found", { status: 404 });
  const t = translator(await getLang(request));
  const { notice, headers } = await takeNotice(request);
  return data({ group, notice: notice?.key ?? null, title: `${t("groups.page.metaTitle", { group: group.name })} — ${t("site.name")}` }, { headers });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? shareable(matches, { title: data.title, description: data.group.presentation }) : [];

export const headers = outageHeaders;

export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ params, request, context }: ActionFunctionArgs) {
  const group = await getGroupBySlug({ slug: params.slug ?? "" });
  if (!group?.publishedAt) throw new Response("Not found", { status: 404 });
  const formData = await request.formData();
  const lang = await getLang(request);
  const here = `/groupes/${group.slug}`;
  if (formData.get("intent") === "contact") {
    const submission = parseWithZod(formData, { schema: ContactGroupSchema });
    const email = submission.status === "success" ? submission.value.email : null;
    const guard = await guardPublicForm({ request, context, formData, form: "group-contact", email });
    // A bot gets the page a person gets, and nothing is recorded.
    const stopped = guardReply(guard, {
      bot: () => redirectWithNotice(here, { key: "contacted" }),
      reply: (held) => ({ form: "contact" as const, result: submission.reply(held) }),
    });
    if (stopped) return stopped;
    if (submission.status !== "success") return data({ form: "contact" as const, result: submission.reply() }, { status: 400 });
    await sendContactMessage({ groupId: group.id, input: submission.value, lang, ipHash: clientIpHash(request, context) });
    return redirectWithNotice(here, { key: "contacted" });
  }
  const submission = parseWithZod(formData, { schema: JoinGroupSchema });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "group-join", email });
  const stopped = guardReply(guard, {
    bot: () => redirectWithNotice(here, { key: "joined" }),
    reply: (held) => ({ form: "join" as const, result: submission.reply(held) }),
  });
  if (stopped) return stopped;
  if (submission.status !== "success") return data({ form: "join" as const, result: submission.reply() }, { status: 400 });
  await joinGroup({ groupId: group.id, input: submission.value, lang });
  // The same answer whether the address was a member already or not.
  return redirectWithNotice(here, { key: "joined" });
}

export default function GroupPage() {
  const { group, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  // While the database is unreachable the reply has no form name: the join form (the first) shows it.
  const replied = actionData ? ("form" in actionData ? actionData : { form: "join" as const, result: actionData }) : null;
  return (
    <article className="group-page">
      <h1>{prose(group.name)}</h1>
      {notice ? (
        <p role="status" className="notice">
          {t(notice === "contacted" ? "groups.contact.sent" : "groups.join.sent")}
        </p>
      ) : null}
      <GroupSections group={group} />
      <section aria-labelledby="join-heading" className="panel">
        <h2 id="join-heading">{t("groups.join.heading")}</h2>
        <p>{t("groups.join.intro")}</p>
        <JoinForm slug={group.slug} lastResult={replied?.form === "join" ? replied.result : null} />
      </section>
      <section aria-labelledby="contact-heading" className="panel">
        <h2 id="contact-heading">{t("groups.contact.heading")}</h2>
        <p>{t("groups.contact.intro")}</p>
        <ContactForm slug={group.slug} lastResult={replied?.form === "contact" ? replied.result : null} />
      </section>
      <p>
        <Link to="/groupes">{t("groups.list.title")}</Link>
      </p>
    </article>
  );
}
