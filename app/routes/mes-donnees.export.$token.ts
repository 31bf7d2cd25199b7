import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { collectData, emailForToken } from "~/modules/my-data/data.server";

/** Everything the site holds for the link's address, as a JSON file. */
export async function loader({ params }: LoaderFunctionArgs) {
  const email = await emailForToken(params.token ?? "");
  if (!email) throw redirect("/mes-donnees?expire");
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), ...(await collectData(email)) }, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="technopolice-mes-donnees.json"',
      "Cache-Control": "no-store",
    },
  });
}
