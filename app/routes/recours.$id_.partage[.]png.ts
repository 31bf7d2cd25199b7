import type { LoaderFunctionArgs } from "@remix-run/node";
import { shareImageResponse } from "~/modules/share/images.server";

/** A published legal action's share image: its title, communes, court and status (app/modules/share/). */
export const loader = ({ request, params }: LoaderFunctionArgs) => shareImageResponse(request, { kind: "legal", id: params.id ?? "" });
