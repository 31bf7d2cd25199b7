import type { LoaderFunctionArgs } from "@remix-run/node";
import { shareImageResponse } from "~/modules/share/images.server";

/** A commune's share image: its petition's title, count and goal (app/modules/share/). */
export const loader = ({ request, params }: LoaderFunctionArgs) => shareImageResponse(request, { kind: "city", slug: params.slug ?? "" });
