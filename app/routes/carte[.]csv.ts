import type { LoaderFunctionArgs } from "@remix-run/node";
import { departmentCounts } from "~/modules/projects/project.server";
import { MapFilterSchema } from "~/modules/projects/project-schema";
import { toCsv } from "~/utils/csv.server";

/** The table behind the map, as CSV (open data: cacheable, unlike organizers' exports). */
export async function loader({ request }: LoaderFunctionArgs) {
  const filter = MapFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await departmentCounts(filter);
  const body = toCsv(
    ["department_code", "department_name", "projects", "communes"],
    rows.map((row) => [row.code, row.name, row.projects, row.communes]),
  );
  const name = ["technopolice-carte", filter.type?.toLowerCase(), filter.statut?.toLowerCase()].filter(Boolean).join("-");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
