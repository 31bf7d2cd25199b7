import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/models/session.server";

/** Signs out this session, or with everywhere=1 every session of the organizer (on the server). */
export async function action({ request }: ActionFunctionArgs) {
  const everywhere = (await request.formData()).get("everywhere") === "1";
  return signOut(request, { everywhere });
}

export function loader() {
  return redirect("/");
}
