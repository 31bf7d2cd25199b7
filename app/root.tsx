import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteError, type ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";
import { ActMenu } from "~/components/act-menu";
import { ErrorPage, errorKind } from "~/components/error-page";
import { LanguageSwitch } from "~/components/language-switch";
import { NewsletterFooterForm } from "~/modules/newsletter/components/footer-form";
import { RouteFocus } from "~/components/route-focus";
import { useLang, useT } from "~/utils/i18n";
import { env } from "~/utils/env.server";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { getLang } from "~/utils/lang.server";
import { useNonce } from "~/utils/nonce";
import type { RootData } from "~/utils/root-data";
import stylesheet from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const lang = await getLang(request);
  const url = new URL(request.url);
  // When this page was shown, signed: public forms carry it (app/components/form-guard.tsx).
  const origin = new URL(env().PUBLIC_URL).origin;
  return { lang, path: url.pathname + url.search, origin, formGuard: context.formGuardToken ?? issueFormGuardToken() } satisfies RootData;
}

/**
 * Leaving an English address (`?lang=en`, shared or indexed) for one without: the page's language
 * is found again (the visitor's choice or their browser's), for the whole page.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || currentUrl.searchParams.get("lang") !== nextUrl.searchParams.get("lang");

function Document({ children, title }: { children: ReactNode; title?: string }) {
  const lang = useLang();
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {title ? <title>{title}</title> : null}
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#content">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t("site.name")}</span>
            <span className="brand-tagline">{t("site.tagline")}</span>
          </Link>
          <nav aria-label={t("nav.main")} className="main-nav">
            {/* Below 48rem the "wide-only" links move into the Agir menu: the header stays two lines. */}
            <Link to="/" className="wide-only">
              {t("nav.home")}
            </Link>
            <Link to="/petitions">{t("nav.petitions")}</Link>
            <Link to="/villes">{t("nav.cities")}</Link>
            <Link to="/projets">{t("nav.projects")}</Link>
            <Link to="/carte" className="wide-only">
              {t("nav.map")}
            </Link>
            <Link to="/entreprises" className="wide-only">
              {t("nav.companies")}
            </Link>
            <Link to="/don" className="wide-only">
              {t("nav.donate")}
            </Link>
            <ActMenu />
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="content" className="container" tabIndex={-1}>
        {children}
      </main>
      <RouteFocus />
      <footer className="site-footer">
        <div className="container">
          <p>{t("footer.about")}</p>
          <NewsletterFooterForm />
          <p>
            <Link to="/connexion">{t("footer.organizers")}</Link>
          </p>
          <nav aria-label={t("footer.legalNav")} className="footer-links">
            <Link to="/qui-sommes-nous">{t("footer.whoWeAre")}</Link>
            <Link to="/mentions-legales">{t("footer.legal")}</Link>
            <Link to="/confidentialite">{t("footer.privacy")}</Link>
            <Link to="/accessibilite">{t("footer.a11y")}</Link>
            <Link to="/mes-donnees">{t("footer.myData")}</Link>
          </nav>
        </div>
      </footer>
    </>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return (
    <Document>
      <Layout>
        <Outlet />
      </Layout>
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  return (
    <Document title={`${t(`errorPage.${errorKind(error)}.title`)} — ${t("site.name")}`}>
      <Layout>
        <ErrorPage error={error} />
      </Layout>
    </Document>
  );
}
