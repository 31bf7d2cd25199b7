import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/utils/session.server";

export function action({ request }: ActionFunctionArgs) {
  return signOut(request);
}

export function loader() {
  return redirect("/");
}
