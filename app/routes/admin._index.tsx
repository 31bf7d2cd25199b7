import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/utils/auth.server";
import { useT } from "~/utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  return { isAdmin: organizer.role === "ADMIN" };
}

export default function AdminHome() {
  const { isAdmin } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.welcome")}</p>
      {isAdmin ? <p>{t("admin.welcomeAdmin")}</p> : null}
    </>
  );
}
