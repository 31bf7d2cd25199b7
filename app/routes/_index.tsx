import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CommuneSearch } from "~/components/commune-search";
import { getCampaignLife } from "~/models/campaign-life.server";
import { formatNumber, pluralOf, translator, useLang, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { cached } from "~/utils/memo.server";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(await getLang(request));
  return {
    life: await cached("campaign-life", 60_000, getCampaignLife),
    title: t("home.title"),
    description: t("home.metaDescription"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  shareable(matches, { title: data?.title ?? "Technopolice", description: data?.description });

/** The ways to act, with where each happens (null: not open yet). */
const WAYS_TO_ACT = [
  { way: "report", href: "/signaler" },
  { way: "sign", href: "/petitions" },
  { way: "volunteer", href: "/benevoles" },
  { way: "donate", href: "/don" },
  { way: "subscribe", href: "/lettre" },
] as const;

export default function Home() {
  const { life } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const totals = [
    { key: "signatures", value: life.totals.signatures, href: "/petitions" },
    { key: "cities", value: life.totals.cities, href: "/petitions" },
    { key: "projects", value: life.totals.projects, href: "/projets" },
  ] as const;
  return (
    <>
      {/* One thing first: find your town and sign. The search is in the first screen. */}
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("home.heading")}</h1>
        <div className="panel home-search">
          <h2 id="search-heading">{t("home.cta")}</h2>
          <CommuneSearch />
        </div>
        <p className="lead">{t("home.lead")}</p>
      </section>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading" className="visually-hidden">
          {t("home.totals.heading")}
        </h2>
        <ul className="totals">
          {totals.map(({ key, value, href }) => (
            <li key={key}>
              <Link to={href}>
                <strong className="total-value">{formatNumber(lang, value)}</strong> <span>{t(`home.totals.${key}.${pluralOf(lang, value)}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t("home.featured.heading")}</h2>
        <ul className="featured">
          {life.featured.map((commune) => (
            <li key={commune.inseeCode}>
              <Link to={`/villes/${commune.slug}`} className="featured-city">
                <span className="featured-name">{commune.name}</span>
                <span className="muted">
                  {commune.signatures === null
                    ? t("home.featured.noPetition")
                    : t(`home.featured.signatures.${pluralOf(lang, commune.signatures)}`, { count: commune.signatures })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <p>{t("home.featured.text")}</p>
      </section>

      <section aria-labelledby="news-heading">
        <h2 id="news-heading">{t("home.news.heading")}</h2>
        <div className="news">
          <div>
            <h3>{t("home.news.projects")}</h3>
            {life.latestProjects.length === 0 ? <p className="muted">{t("home.news.none")}</p> : null}
            <ul>
              {life.latestProjects.map((project) => (
                <li key={project.id}>
                  <Link to={`/villes/${project.commune.slug}#projet-${project.id}`} lang="fr">
                    {prose(project.title)}
                  </Link>{" "}
                  ({project.commune.name})
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t("home.news.actions")}</h3>
            {life.legalActions.length === 0 ? <p className="muted">{t("home.news.none")}</p> : null}
            <ul>
              {life.legalActions.map((action) => (
                <li key={action.id}>
                  <Link to={`/recours/${action.id}`} lang="fr">
                    {prose(action.title)}
                  </Link>{" "}
                  · {t(`legalActions.status.${action.status}`)}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t("home.news.delivered")}</h3>
            {life.delivered.length === 0 ? <p className="muted">{t("home.news.none")}</p> : null}
            <ul>
              {life.delivered.map((petition) => (
                <li key={petition.id}>
                  <Link to={`/villes/${petition.commune.slug}`}>{t("home.news.deliveredItem", { title: petition.title, commune: petition.commune.name })}</Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
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

      <section aria-labelledby="manifesto-heading" className="manifesto">
        <h2 id="manifesto-heading">{t("home.manifesto.heading")}</h2>
        <p>{t("home.manifesto.p1")}</p>
        <p>{t("home.manifesto.p2")}</p>
        <p>{t("home.manifesto.p3")}</p>
      </section>
    </>
  );
}
