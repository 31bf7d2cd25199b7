import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getPendingWork } from "~/models/admin-pending.server";
import { requireOrganizer } from "~/models/auth.server";
import { territoryOf } from "~/modules/groups/territory.server";
import { useT, useTn, type PluralStem } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.home");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const territory = await territoryOf(organizer);
  return { isAdmin: organizer.role === "ADMIN", national: territory === null, pending: await getPendingWork({ territory }) };
}

/** The organizers' home: what waits for them, each count linking to where the work is. */
export default function AdminHome() {
  const { isAdmin, national, pending } = useLoaderData<typeof loader>();
  const t = useT();
  const tn = useTn();
  const onlyPetition = pending.toDeliver.length === 1 ? pending.toDeliver[0] : undefined;
  const items: { key: string; count: number; label: PluralStem; to: string }[] = [
    { key: "reports", count: pending.reports, label: "admin.pending.reports", to: "/admin/signalements" },
    {
      key: "deliver",
      count: pending.toDeliver.length,
      label: "admin.pending.deliver",
      to: onlyPetition ? `/admin/petitions/${onlyPetition.id}` : "/admin/petitions",
    },
    { key: "files", count: pending.filesToReview, label: "admin.pending.files", to: "/admin/demandes#review-heading" },
    { key: "overdue", count: pending.overdueRequests, label: "admin.pending.overdue", to: "/admin/demandes#overdue-heading" },
    { key: "volunteers", count: pending.volunteersToContact, label: "admin.pending.volunteers", to: "/admin/benevoles" },
    // National work: a coordinator's home does not list it (issue 25).
    ...(national
      ? [{ key: "petitionRequests", count: pending.petitionRequests, label: "admin.pending.petitionRequests" as const, to: "/admin/demandes-petition" }]
      : []),
  ];
  const waiting = items.filter((item) => item.count > 0);
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.welcome")}</p>
      {isAdmin ? <p>{t("admin.welcomeAdmin")}</p> : null}
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("admin.pending")}</h2>
        {waiting.length === 0 ? <p>{t("admin.pending.none")}</p> : null}
        <ul className="pending-list" data-testid="pending-work">
          {items.map((item) => (
            <li key={item.key} className={item.count === 0 ? "pending-none" : undefined}>
              <Link to={item.to}>
                <span className="pending-count">{t("admin.pending.count", { count: item.count })}</span>
                <span>{tn(item.label, item.count)}</span>
              </Link>
            </li>
          ))}
        </ul>
        {pending.toDeliver.length > 1 ? (
          <p>
            {t("admin.pending.deliverList")}{" "}
            {pending.toDeliver.map((petition, index) => (
              <span key={petition.id}>
                {index > 0 ? ", " : ""}
                <Link to={`/admin/petitions/${petition.id}`}>{petition.commune}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>
    </>
  );
}
