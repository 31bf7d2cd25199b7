import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { checkoutOutcome } from "~/modules/donations/donation.server";
import { useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { formatEuros } from "~/utils/money";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "donate.thanks.title", { noindex: true });

export async function loader({ request }: LoaderFunctionArgs) {
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  return { outcome: sessionId ? await checkoutOutcome({ sessionId }) : null };
}

/** Shown on return from Checkout. Only the webhook records a payment: this page says so. */
export default function DonationThanksPage() {
  const { outcome } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <div className="narrow">
      <h1>{t("donate.thanks.title")}</h1>
      {outcome ? (
        <p>{t(outcome.kind === "MONTHLY" ? "donate.thanks.monthly" : "donate.thanks.oneOff", { amount: formatEuros(outcome.amount, lang) })}</p>
      ) : null}
      <p>{t(outcome?.confirmed ? "donate.thanks.confirmed" : "donate.thanks.pending")}</p>
      <p>
        <Link to="/">{t("nav.home")}</Link>
      </p>
    </div>
  );
}
