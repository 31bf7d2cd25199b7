// The organizers' page of the signing lists (/admin/petitions/listes): three lists, each with
// its form; every form works without JavaScript (the action sends errors back beside the fields).
import { getFormProps, getInputProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, FieldErrors, FormErrors, requiredLabel, TextField } from "~/components/forms";
import { constraints as petitionListAddressConstraints } from "~/components/form-constraints/petitionListAddress";
import { constraints as petitionListDomainConstraints } from "~/components/form-constraints/petitionListDomain";
import { constraints as petitionListNetworkConstraints } from "~/components/form-constraints/petitionListNetwork";
import { useServerForm } from "~/components/server-form";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import type { AllowNetworkSchema, BlockAddressSchema, BlockDomainSchema, ListKind } from "../schema";
import { MAX_NETWORK_DAYS } from "../network";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = {
  petitionListAddress: petitionListAddressConstraints,
  petitionListDomain: petitionListDomainConstraints,
  petitionListNetwork: petitionListNetworkConstraints,
};

type Author = { addedBy: string | null; createdAt: string | Date };
export type ListsPageData = {
  domains: (Author & { id: string; domain: string; note: string })[];
  addresses: (Author & { id: string; note: string })[];
  networks: (Author & { id: string; cidr: string; label: string; validFrom: string | Date; validTo: string | Date; state: "current" | "upcoming" | "over" })[];
};
export type ListsActionData = { form: "domain" | "address" | "network" | "remove"; result: SubmissionResult<string[]> };

function RemoveButton({ kind, id, name }: { kind: ListKind; id: string; name: string }) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="remove" />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button-danger" aria-label={t("admin.petitionLists.removeLabel", { name })}>
        {t("admin.petitionLists.remove")}
      </button>
    </Form>
  );
}

/** One list's entries: its own columns, then who added each and its remove button. */
function EntryTable<Row extends Author & { id: string }>({
  rows,
  empty,
  kind,
  columns,
  name,
}: {
  rows: Row[];
  empty: string;
  kind: ListKind;
  columns: { header: string; cell: (row: Row) => ReactNode }[];
  /** How the remove button names the entry to screen readers. */
  name: (row: Row) => string;
}) {
  const t = useT();
  const dates = useDates();
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.header}>
              {column.header}
            </th>
          ))}
          <th scope="col">{t("admin.petitionLists.addedBy")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("admin.petitionLists.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
            <td>{`${row.addedBy ?? t("admin.petitionLists.unknownAuthor")}, ${dates.date(row.createdAt, "medium")}`}</td>
            <td>
              <RemoveButton kind={kind} id={row.id} name={name(row)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayField({ field, label, hintId }: { field: FieldMetadata<string | undefined>; label: string; hintId: string }) {
  const inputProps = getInputProps(field, { type: "date" });
  const described = [hintId, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={field.id} {...requiredLabel(field.required)}>
        {label}
      </label>
      <input {...inputProps} key={inputProps.key} aria-describedby={described} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

const resultFor = (action: ListsActionData | undefined, form: ListsActionData["form"]) => (action?.form === form ? action.result : undefined);

export function PetitionListsPage({ lists, action }: { lists: ListsPageData; action?: ListsActionData }) {
  const t = useT();
  const dates = useDates();
  const [domainForm, domainFields] = useServerForm<typeof BlockDomainSchema>(forms.petitionListDomain, {
    id: "block-domain",
    lastResult: resultFor(action, "domain"),
    shouldValidate: "onSubmit",
  });
  const [addressForm, addressFields] = useServerForm<typeof BlockAddressSchema>(forms.petitionListAddress, {
    id: "block-address",
    lastResult: resultFor(action, "address"),
    shouldValidate: "onSubmit",
  });
  const [networkForm, networkFields] = useServerForm<typeof AllowNetworkSchema>(forms.petitionListNetwork, {
    id: "allow-network",
    lastResult: resultFor(action, "network"),
    shouldValidate: "onSubmit",
  });
  const removed = resultFor(action, "remove");
  // The network's last day: the day before its end instant.
  const lastDay = (validTo: string | Date) => new Date(new Date(validTo).getTime() - 1);
  return (
    <>
      <h1>{t("admin.petitionLists")}</h1>
      <p>{t("admin.petitionLists.intro")}</p>
      <FormErrors id="remove-errors" errors={removed?.error?.[""] ?? undefined} />

      <section aria-labelledby="domains-heading" className="stack">
        <h2 id="domains-heading">{t("admin.petitionLists.domains")}</h2>
        <EntryTable
          rows={lists.domains}
          empty={t("admin.petitionLists.noDomains")}
          kind="domain"
          columns={[
            { header: t("admin.petitionLists.domain"), cell: (row) => row.domain },
            { header: t("admin.petitionLists.note"), cell: (row) => row.note },
          ]}
          name={(row) => row.domain}
        />
        <Form method="post" {...getFormProps(domainForm)} className="stack">
          <ErrorSummary formErrors={domainForm.errors} fields={[domainFields.domain, domainFields.note]} />
          <input type="hidden" name="intent" value="block-domain" />
          <TextField field={domainFields.domain} label={t("admin.petitionLists.domain")} hint={t("admin.petitionLists.domainHint")} autoComplete="off" />
          <TextField field={domainFields.note} label={t("admin.petitionLists.note")} autoComplete="off" />
          <button type="submit">{t("admin.petitionLists.blockDomain")}</button>
        </Form>
      </section>

      <section aria-labelledby="addresses-heading" className="stack">
        <h2 id="addresses-heading">{t("admin.petitionLists.addresses")}</h2>
        <EntryTable
          rows={lists.addresses}
          empty={t("admin.petitionLists.noAddresses")}
          kind="address"
          columns={[{ header: t("admin.petitionLists.note"), cell: (row) => row.note || t("admin.petitionLists.hiddenAddress") }]}
          name={(row) => row.note || t("admin.petitionLists.hiddenAddress")}
        />
        <Form method="post" {...getFormProps(addressForm)} className="stack">
          <ErrorSummary formErrors={addressForm.errors} fields={[addressFields.email, addressFields.note]} />
          <input type="hidden" name="intent" value="block-address" />
          <TextField
            field={addressFields.email}
            label={t("admin.petitionLists.email")}
            hint={t("admin.petitionLists.emailHint")}
            type="email"
            autoComplete="off"
          />
          <TextField field={addressFields.note} label={t("admin.petitionLists.note")} autoComplete="off" />
          <button type="submit">{t("admin.petitionLists.blockAddress")}</button>
        </Form>
      </section>

      <section aria-labelledby="networks-heading" className="stack">
        <h2 id="networks-heading">{t("admin.petitionLists.networks")}</h2>
        <p>{t("admin.petitionLists.networksIntro")}</p>
        <EntryTable
          rows={lists.networks}
          empty={t("admin.petitionLists.noNetworks")}
          kind="network"
          columns={[
            { header: t("admin.petitionLists.cidr"), cell: (row) => row.cidr },
            { header: t("admin.petitionLists.label"), cell: (row) => row.label },
            {
              header: t("admin.petitionLists.dates"),
              cell: (row) =>
                `${t("admin.petitionLists.period", { from: dates.date(row.validFrom, "medium"), to: dates.date(lastDay(row.validTo), "medium") })} (${t(`admin.petitionLists.${row.state}`)})`,
            },
          ]}
          name={(row) => `${row.cidr} (${row.label})`}
        />
        <Form method="post" {...getFormProps(networkForm)} className="stack">
          <ErrorSummary formErrors={networkForm.errors} fields={[networkFields.cidr, networkFields.label, networkFields.from, networkFields.to]} />
          <input type="hidden" name="intent" value="allow-network" />
          <TextField field={networkFields.cidr} label={t("admin.petitionLists.cidr")} hint={t("admin.petitionLists.cidrHint")} autoComplete="off" />
          <TextField field={networkFields.label} label={t("admin.petitionLists.label")} hint={t("admin.petitionLists.labelHint")} autoComplete="off" />
          <p id="network-dates-hint" className="hint">
            {t("admin.petitionLists.datesHint", { days: MAX_NETWORK_DAYS })}
          </p>
          <div className="field-row">
            <DayField field={networkFields.from} label={t("admin.petitionLists.from")} hintId="network-dates-hint" />
            <DayField field={networkFields.to} label={t("admin.petitionLists.to")} hintId="network-dates-hint" />
          </div>
          <button type="submit">{t("admin.petitionLists.allowNetwork")}</button>
        </Form>
      </section>
    </>
  );
}
