import { isRouteErrorResponse, Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** The kind of error page for what a route threw: a Response's status, or anything else (500). */
export function errorKind(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 404) return "notFound" as const;
  // A coordinator reaching for a record outside their territory (app/modules/groups/territory.server.ts).
  if (status === 403 && isRouteErrorResponse(error) && error.data === "territory") return "territory" as const;
  if (status === 403) return "forbidden" as const;
  if (status === 503) return "unavailable" as const;
  if (status === 413) return "tooLarge" as const;
  if (status >= 400 && status < 500) return "badRequest" as const;
  return "generic" as const;
}

/** The site's message for an error, with the way back: the home page, or the admin's. */
export function ErrorPage({
  error,
  back = { to: "/", label: "errorPage.backHome" },
}: {
  error: unknown;
  back?: { to: string; label: "errorPage.backHome" | "errorPage.backAdmin" };
}) {
  const t = useT();
  const kind = errorKind(error);
  // On the server, entry.server.tsx's handleError has logged it with the request's id.
  if (kind === "generic" && typeof document !== "undefined") console.error(error);
  return (
    <div className="error-page">
      <h1>{t(`errorPage.${kind}.title`)}</h1>
      <p>{t(`errorPage.${kind}.text`)}</p>
      <p>
        <Link to={back.to}>{t(back.label)}</Link>
      </p>
    </div>
  );
}
