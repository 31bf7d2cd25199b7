import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { PetitionListsPage, type ListsActionData } from "~/modules/petition-lists/components/lists-page";
import { allowNetwork, blockAddress, blockDomain, listSigningLists, removeListEntry } from "~/modules/petition-lists/lists.server";
import { AllowNetworkSchema, BlockAddressSchema, BlockDomainSchema, RemoveEntrySchema } from "~/modules/petition-lists/schema";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.petitionLists");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { lists: await listSigningLists() };
}

const PAGE = "/admin/petitions/listes";

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const formData = await request.formData();
  const failed = (form: ListsActionData["form"], result: ListsActionData["result"], status = 400) => data<ListsActionData>({ form, result }, { status });
  switch (formData.get("intent")) {
    case "block-domain": {
      const submission = parseWithZod(formData, { schema: BlockDomainSchema });
      if (submission.status !== "success") return failed("domain", submission.reply());
      const blocked = await blockDomain({ ...submission.value, organizerId: organizer.id });
      if (!blocked.ok) return failed("domain", submission.reply({ fieldErrors: { domain: ["admin.petitionLists.errors.domainExists"] } }), 409);
      return redirect(PAGE);
    }
    case "block-address": {
      const submission = parseWithZod(formData, { schema: BlockAddressSchema });
      if (submission.status !== "success") return failed("address", submission.reply());
      const blocked = await blockAddress({ ...submission.value, organizerId: organizer.id });
      if (!blocked.ok) return failed("address", submission.reply({ fieldErrors: { email: ["admin.petitionLists.errors.addressExists"] } }), 409);
      return redirect(PAGE);
    }
    case "allow-network": {
      const submission = parseWithZod(formData, { schema: AllowNetworkSchema });
      if (submission.status !== "success") return failed("network", submission.reply());
      await allowNetwork({ input: submission.value, organizerId: organizer.id });
      return redirect(PAGE);
    }
    default: {
      const submission = parseWithZod(formData, { schema: RemoveEntrySchema });
      if (submission.status !== "success") return failed("remove", submission.reply({ formErrors: ["admin.petitionLists.errors.gone"] }));
      const removed = await removeListEntry({ ...submission.value, organizerId: organizer.id });
      if (!removed.ok) return failed("remove", submission.reply({ formErrors: ["admin.petitionLists.errors.gone"] }), 409);
      return redirect(PAGE);
    }
  }
}

export default function AdminPetitionLists() {
  const { lists } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <PetitionListsPage lists={lists} action={actionData} />;
}
