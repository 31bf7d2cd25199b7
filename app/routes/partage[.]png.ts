import type { LoaderFunctionArgs } from "@remix-run/node";
import { shareImageResponse } from "~/modules/share/images.server";

/** The campaign's share image, for the pages that have none of their own. */
export const loader = ({ request }: LoaderFunctionArgs) => shareImageResponse(request, { kind: "campaign" });
