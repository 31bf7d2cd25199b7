import type { LoaderFunctionArgs } from "@remix-run/node";
import { shareImageResponse } from "~/modules/share/images.server";

/** A published project's share image: its title, commune and kind (app/modules/share/). */
export const loader = ({ request, params }: LoaderFunctionArgs) => shareImageResponse(request, { kind: "project", slug: params.slug ?? "" });
