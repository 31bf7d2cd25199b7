import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AgendaPage } from "~/modules/calendar/components/agenda-page";
import { agendaList } from "~/modules/calendar/feeds.server";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "calendar.agenda.title");

/** Feed readers and calendar apps find the feeds from the page. */
export const links: LinksFunction = () => [
  { rel: "alternate", type: "application/atom+xml", href: "/agenda.atom" },
  { rel: "alternate", type: "text/calendar", href: "/agenda.ics" },
];

/** The campaign's upcoming dates, filtered (GET form, works without JavaScript). */
export async function loader({ request }: LoaderFunctionArgs) {
  return agendaList(new URL(request.url).searchParams, await getLang(request));
}

export default function Agenda() {
  const { events, values, errors } = useLoaderData<typeof loader>();
  return <AgendaPage events={events} values={values} errors={errors} />;
}
