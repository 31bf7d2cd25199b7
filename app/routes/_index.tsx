import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CommuneSearch } from "~/components/commune-search";
import { getFeaturedCommunes } from "~/models/commune.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { cached } from "~/utils/memo.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(await getLang(request));
  return {
    featured: await cached("featured-communes", 5 * 60_000, getFeaturedCommunes),
    title: t("home.title"),
    description: t("home.metaDescription"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "description", content: data?.description },
];

/** The ways to act, with where each happens (null: not open yet). */
const WAYS_TO_ACT = [
  { way: "report", href: "/signaler" },
  { way: "sign", href: "/petitions" },
  { way: "volunteer", href: "/benevoles" },
  { way: "donate", href: "/don" },
  { way: "subscribe", href: "/lettre" },
] as const;

export default function Home() {
  const { featured } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("home.heading")}</h1>
        <p className="lead">{t("home.lead")}</p>
      </section>

      <section aria-labelledby="search-heading" className="panel">
        <h2 id="search-heading">{t("home.search.heading")}</h2>
        <CommuneSearch />
      </section>

      <section aria-labelledby="act-heading">
        <h2 id="act-heading">{t("home.act.heading")}</h2>
        <ul className="cards">
          {WAYS_TO_ACT.map(({ way, href }) => (
            <li key={way} className="card">
              <h3>{href ? <Link to={href}>{t(`home.act.${way}.title`)}</Link> : t(`home.act.${way}.title`)}</h3>
              <p>{t(`home.act.${way}.text`)}</p>
              {href ? null : <p className="muted">{t("home.act.soon")}</p>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t("home.featured.heading")}</h2>
        <p>{t("home.featured.text")}</p>
        <ul className="featured">
          {featured.map((commune) => (
            <li key={commune.inseeCode}>
              <Link to={`/villes/${commune.slug}`} className="featured-city">
                <span className="featured-name">{commune.name}</span>
                <span className="muted">{t("commune.population", { population: commune.population })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="manifesto-heading" className="manifesto">
        <h2 id="manifesto-heading">{t("home.manifesto.heading")}</h2>
        <p>{t("home.manifesto.p1")}</p>
        <p>{t("home.manifesto.p2")}</p>
        <p>{t("home.manifesto.p3")}</p>
      </section>
    </>
  );
}
