// The moderation list of a petition: the filter form (GET), the matching signatures with a
// checkbox each, and the action form (POST) on the ticked ones or on all matching ones.
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ErrorSummary, FieldErrors } from "~/components/forms";
import { formatDateTime } from "~/utils/dates";
import { formatNumber, useLang, useT } from "~/utils/i18n";
import { COMMUNE_FILTERS, MODERATION_STATUSES } from "../choices";

export type ModerationActionResult = {
  errors: Record<string, string[] | null>;
  typed: { reason: string; scope: string; ids: string[] };
  /** A deletion asked for: what it would delete, before the second submit. */
  confirmDelete?: { count: number };
};

type Row = {
  id: string;
  createdAt: Date | string;
  name: string;
  email: string;
  postcode: string;
  isResident: boolean;
  status: (typeof MODERATION_STATUSES)[number];
  reason: string | null;
};

type Props = {
  petition: { id: string; title: string; commune: { name: string }; residents: number; supporters: number };
  typed: Record<string, string>;
  filterErrors: Record<string, string[] | null>;
  page: number;
  list: { total: number; pages: number; signatures: Row[] } | null;
  done: { intent: "invalidate" | "revalidate" | "delete"; count: number } | null;
  actionData?: ModerationActionResult;
};

const TEXT_FILTERS = [
  { name: "name", label: "admin.moderation.name", type: "text" },
  { name: "email", label: "admin.moderation.email", type: "email" },
  { name: "postcode", label: "admin.moderation.postcode", type: "text" },
  { name: "domain", label: "admin.moderation.domain", type: "text" },
  { name: "ip", label: "admin.moderation.ip", type: "text" },
] as const;

const HASH_FILTERS = [
  { name: "ipHash", label: "admin.moderation.ipHash" },
  { name: "network", label: "admin.moderation.network" },
] as const;

const fieldId = (name: string) => `filter-${name}`;
const errorId = (name: string) => `filter-${name}-error`;

export function ModerationPage({ petition, typed, filterErrors, page, list, done, actionData }: Props) {
  const t = useT();
  const lang = useLang();
  const errorsOf = (name: string) => filterErrors[name] ?? undefined;
  const described = (name: string) => (errorsOf(name)?.length ? errorId(name) : undefined);
  const base = `/admin/petitions/${petition.id}/signatures`;
  const query = (extra: Record<string, string> = {}) => {
    const params = new URLSearchParams({ ...typed, ...extra });
    return params.size ? `?${params}` : "";
  };
  const withoutPage = Object.fromEntries(Object.entries(typed).filter(([key]) => key !== "page"));
  const actionErrors = actionData?.errors ?? {};
  const ticked = new Set(actionData?.typed.ids ?? []);
  const summaryFields = [...TEXT_FILTERS, ...HASH_FILTERS, { name: "from" }, { name: "to" }, { name: "commune" }, { name: "status" }, { name: "page" }].map(
    ({ name }) => ({
      name,
      id: fieldId(name),
      errors: errorsOf(name),
    }),
  );
  const actionUrl = `${base}${query({ ...withoutPage, ...(page > 1 ? { page: String(page) } : {}) })}`;
  const hashShown = HASH_FILTERS.filter(({ name }) => typed[name] || errorsOf(name));
  return (
    <>
      <p>
        <Link to={`/admin/petitions/${petition.id}`}>{t("admin.moderation.back")}</Link>
      </p>
      <h1>{t("admin.moderation.heading")}</h1>
      <p>
        {petition.title} — {petition.commune.name}
      </p>
      <p data-testid="moderation-counts">{t("admin.moderation.counts", { residents: petition.residents, supporters: petition.supporters })}</p>
      <p>{t("admin.moderation.intro")}</p>
      <p>
        <Link to={`/admin/petitions/${petition.id}/fraude`}>{t("admin.moderation.fraudLink")}</Link>
      </p>
      {done && !actionData ? (
        <p className="notice" role="status">
          {t(`admin.moderation.done.${done.intent}`, { count: done.count })}
        </p>
      ) : null}

      <section aria-labelledby="filters-heading" className="panel">
        <h2 id="filters-heading">{t("admin.moderation.filters")}</h2>
        <Form method="get" action={base} className="stack" noValidate>
          <ErrorSummary fields={summaryFields} />
          {TEXT_FILTERS.map(({ name, label, type }) => (
            <div className="field" key={name}>
              <label htmlFor={fieldId(name)}>{t(label)}</label>
              <input
                id={fieldId(name)}
                name={name}
                type={type}
                defaultValue={typed[name] ?? ""}
                aria-invalid={errorsOf(name)?.length ? true : undefined}
                aria-describedby={described(name)}
              />
              <FieldErrors id={errorId(name)} errors={errorsOf(name)} />
              {name === "ip" ? (
                <label className="choice">
                  <input type="checkbox" name="ipNetwork" value="1" defaultChecked={typed.ipNetwork === "1"} /> {t("admin.moderation.ipNetwork")}
                </label>
              ) : null}
            </div>
          ))}
          {hashShown.map(({ name, label }) => (
            <div className="field" key={name}>
              <label htmlFor={fieldId(name)}>{t(label)}</label>
              <input id={fieldId(name)} name={name} type="text" defaultValue={typed[name] ?? ""} aria-describedby={described(name)} />
              <FieldErrors id={errorId(name)} errors={errorsOf(name)} />
            </div>
          ))}
          <div className="field-row">
            {(["from", "to"] as const).map((name) => (
              <div className="field" key={name}>
                <label htmlFor={fieldId(name)}>{t(`admin.moderation.${name}`)}</label>
                <input
                  id={fieldId(name)}
                  name={name}
                  type="datetime-local"
                  defaultValue={typed[name] ?? ""}
                  aria-invalid={errorsOf(name)?.length ? true : undefined}
                  aria-describedby={described(name)}
                />
                <FieldErrors id={errorId(name)} errors={errorsOf(name)} />
              </div>
            ))}
          </div>
          <div className="field">
            <label htmlFor={fieldId("commune")}>{t("admin.moderation.commune")}</label>
            <select id={fieldId("commune")} name="commune" defaultValue={typed.commune ?? ""} aria-describedby={described("commune")}>
              <option value="">{t("admin.moderation.commune.any")}</option>
              {COMMUNE_FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`admin.moderation.commune.${value}`)}
                </option>
              ))}
            </select>
            <FieldErrors id={errorId("commune")} errors={errorsOf("commune")} />
          </div>
          <div className="field">
            <label htmlFor={fieldId("status")}>{t("admin.moderation.status")}</label>
            <select id={fieldId("status")} name="status" defaultValue={typed.status ?? ""} aria-describedby={described("status")}>
              <option value="">{t("admin.moderation.status.any")}</option>
              {MODERATION_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`admin.moderation.status.${value}`)}
                </option>
              ))}
            </select>
            <FieldErrors id={errorId("status")} errors={errorsOf("status")} />
          </div>
          <FieldErrors id={errorId("page")} errors={errorsOf("page")} />
          <p className="actions">
            <button type="submit">{t("admin.moderation.filter")}</button> <Link to={base}>{t("admin.moderation.clear")}</Link>
          </p>
        </Form>
      </section>

      {list ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" data-testid="moderation-total">
            {t("admin.moderation.total", { count: list.total })}
          </h2>
          {actionData?.confirmDelete ? <ConfirmDelete action={actionUrl} typed={actionData.typed} count={actionData.confirmDelete.count} /> : null}
          {list.total > 0 ? (
            <Form method="post" action={actionUrl} className="stack">
              <ErrorSummary
                fields={["id", "scope", "reason", "intent"].map((name) => ({ name, id: `moderation-${name}`, errors: actionErrors[name] ?? undefined }))}
              />
              <table className="table" id="moderation-id">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.moderation.col.select")}</th>
                    <th scope="col">{t("admin.moderation.col.time")}</th>
                    <th scope="col">{t("admin.moderation.col.name")}</th>
                    <th scope="col">{t("admin.moderation.col.email")}</th>
                    <th scope="col">{t("admin.moderation.col.postcode")}</th>
                    <th scope="col">{t("admin.moderation.col.status")}</th>
                    <th scope="col">{t("admin.moderation.col.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.signatures.map((row) => (
                    <tr key={row.id} data-testid="moderation-row">
                      <td>
                        <input
                          type="checkbox"
                          name="id"
                          value={row.id}
                          defaultChecked={ticked.has(row.id)}
                          aria-label={t("admin.moderation.selectOne", { name: row.name })}
                        />
                      </td>
                      <td>{formatDateTime(lang, new Date(row.createdAt), "medium")}</td>
                      <td>{row.name}</td>
                      <td>{row.email}</td>
                      <td>
                        {row.postcode} {row.isResident ? null : t("admin.moderation.supporter")}
                      </td>
                      <td>{t(`admin.moderation.status.${row.status}`)}</td>
                      <td>{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <FieldErrors id="moderation-id-error" errors={actionErrors.id ?? undefined} />
              {list.pages > 1 ? (
                <p>
                  {page > 1 ? <Link to={`${base}${query({ ...withoutPage, page: String(page - 1) })}`}>{t("admin.moderation.previous")}</Link> : null}{" "}
                  {t("admin.moderation.page", { page: formatNumber(lang, page), pages: formatNumber(lang, list.pages) })}{" "}
                  {page < list.pages ? <Link to={`${base}${query({ ...withoutPage, page: String(page + 1) })}`}>{t("admin.moderation.next")}</Link> : null}
                </p>
              ) : null}
              <fieldset id="moderation-scope">
                <legend>{t("admin.moderation.scope")}</legend>
                <label className="choice">
                  <input type="radio" name="scope" value="selected" defaultChecked={(actionData?.typed.scope ?? "selected") !== "all"} />{" "}
                  {t("admin.moderation.scope.selected")}
                </label>
                <label className="choice">
                  <input type="radio" name="scope" value="all" defaultChecked={actionData?.typed.scope === "all"} />{" "}
                  {t("admin.moderation.scope.all", { count: list.total })}
                </label>
                <FieldErrors id="moderation-scope-error" errors={actionErrors.scope ?? undefined} />
              </fieldset>
              <div className="field">
                <label htmlFor="moderation-reason">{t("admin.moderation.reason")}</label>
                <p className="hint" id="moderation-reason-hint">
                  {t("admin.moderation.reasonHint")}
                </p>
                <textarea
                  id="moderation-reason"
                  name="reason"
                  rows={2}
                  maxLength={500}
                  defaultValue={actionData?.typed.reason ?? ""}
                  aria-invalid={actionErrors.reason?.length ? true : undefined}
                  aria-describedby={actionErrors.reason?.length ? "moderation-reason-hint moderation-reason-error" : "moderation-reason-hint"}
                />
                <FieldErrors id="moderation-reason-error" errors={actionErrors.reason ?? undefined} />
              </div>
              <FieldErrors id="moderation-intent-error" errors={actionErrors.intent ?? undefined} />
              <p className="actions">
                <button type="submit" name="intent" value="invalidate" className="button-danger">
                  {t("admin.moderation.invalidate")}
                </button>{" "}
                <button type="submit" name="intent" value="revalidate" className="button-secondary">
                  {t("admin.moderation.revalidate")}
                </button>{" "}
                <button type="submit" name="intent" value="delete" className="button-danger">
                  {t("admin.moderation.delete")}
                </button>
              </p>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/**
 * The second step of a deletion, rendered by the server (so it works without JavaScript): what
 * would be deleted, a button that posts the same choice again with confirm=1, and a way back.
 * Outside the list's form: forms do not nest.
 */
function ConfirmDelete({ action, typed, count }: { action: string; typed: ModerationActionResult["typed"]; count: number }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="confirm-step" role="group" aria-labelledby="confirm-delete-heading" data-testid="confirm-step">
      <h3 id="confirm-delete-heading" ref={headingRef} tabIndex={-1}>
        {t("admin.confirm.heading")}
      </h3>
      <p className="confirm-consequence">{t("admin.moderation.confirmDelete", { count })}</p>
      <Form method="post" action={action} className="button-row">
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="scope" value={typed.scope === "all" ? "all" : "selected"} />
        {typed.ids.map((id) => (
          <input key={id} type="hidden" name="id" value={id} />
        ))}
        <input type="hidden" name="confirm" value="1" />
        <button type="submit" className="button-danger">
          {t("admin.moderation.confirmDelete.submit")}
        </button>
        <Link to={action} className="button button-secondary" replace>
          {t("admin.confirm.cancel")}
        </Link>
      </Form>
    </div>
  );
}
