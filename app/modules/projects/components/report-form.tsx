import { getFormProps, getInputProps, getSelectProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { CommuneSummary } from "~/models/commune-index.server";
import { ReportSchema } from "../report-schema";
import { PROJECT_KINDS } from "../choices";
import { useServerForm } from "~/components/server-form";
import { constraints as reportConstraints } from "~/components/form-constraints/report";
import { useT } from "~/utils/i18n";
import { CommuneField } from "~/components/commune-search";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, RequiredNote, TextAreaField, TextField } from "~/components/forms";
import { DOCUMENT_ACCEPT } from "~/components/document-accept";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { report: reportConstraints };

export function KindSelect({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const t = useT();
  const props = getSelectProps(field);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select {...props} key={props.key}>
        <option value="">{t("reports.form.kindPlaceholder")}</option>
        {PROJECT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`reports.kind.${kind}`)}
          </option>
        ))}
      </select>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** The public "report a project" form: works without JavaScript (multipart POST). */
/** Actors as free text, with the known companies and bodies suggested as one types (a <datalist>: no JavaScript needed). */
function ActorsField({ field, names }: { field: FieldMetadata<string | undefined>; names: string[] }) {
  const t = useT();
  const props = getInputProps(field, { type: "text" });
  const hintId = `${field.id}-hint`;
  return (
    <div className="field">
      <label htmlFor={field.id}>{t("reports.form.actors")}</label>
      <p id={hintId} className="hint">
        {t("reports.form.actorsHint")} {t("reports.form.actorsListHint")}
      </p>
      <input
        {...props}
        key={props.key}
        list="known-companies"
        autoComplete="off"
        aria-describedby={[hintId, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ")}
      />
      <datalist id="known-companies">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function ReportForm({
  lastResult,
  choices,
  companyNames,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  choices?: CommuneSummary[];
  companyNames?: string[];
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof ReportSchema>(forms.report, { lastResult });
  const initial = (lastResult?.initialValue ?? {}) as Record<string, unknown>;
  const documentsHintId = `${fields.documents.id}-hint`;
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="stack report-form">
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          fields.commune,
          fields.kind,
          fields.title,
          fields.description,
          fields.startedOn,
          fields.actors,
          fields.sources,
          fields.documents,
          fields.email,
          fields.creditName,
        ]}
      />
      <FormGuard />
      <RequiredNote />
      <CommuneField
        key={`${String(initial.commune ?? "")}-${choices?.length ?? 0}`}
        id={fields.commune.id}
        name={fields.commune.name}
        codeName={fields.inseeCode.name}
        label={t("reports.form.commune")}
        hint={t("reports.form.communeHint")}
        defaultValue={typeof initial.commune === "string" ? initial.commune : ""}
        errorId={fields.commune.errorId}
        errors={fields.commune.errors}
        choices={choices}
      />
      <KindSelect field={fields.kind} label={t("reports.form.kind")} />
      <TextField field={fields.title} label={t("reports.form.title")} hint={t("reports.form.titleHint")} />
      <TextAreaField field={fields.description} label={t("reports.form.description")} hint={t("reports.form.descriptionHint")} rows={8} />
      <TextField field={fields.startedOn} label={t("reports.form.startedOn")} hint={t("reports.form.startedOnHint")} />
      {companyNames?.length ? (
        <ActorsField field={fields.actors} names={companyNames} />
      ) : (
        <TextAreaField field={fields.actors} label={t("reports.form.actors")} hint={t("reports.form.actorsHint")} rows={3} />
      )}
      <TextAreaField field={fields.sources} label={t("reports.form.sources")} hint={t("reports.form.sourcesHint")} rows={4} />
      <div className="field">
        <label htmlFor={fields.documents.id}>{t("reports.form.documents")}</label>
        <p id={documentsHintId} className="hint">
          {t("reports.form.documentsHint")} {t("reports.form.metadataHint")}
        </p>
        <input
          id={fields.documents.id}
          name={fields.documents.name}
          type="file"
          multiple
          accept={DOCUMENT_ACCEPT}
          aria-invalid={fields.documents.errors?.length ? true : undefined}
          aria-describedby={[documentsHintId, fields.documents.errors?.length ? fields.documents.errorId : null].filter(Boolean).join(" ")}
        />
        <FieldErrors id={fields.documents.errorId} errors={fields.documents.errors} />
      </div>
      <TextField field={fields.email} label={t("reports.form.email")} type="email" autoComplete="email" hint={t("reports.form.emailHint")} />
      <div className="field checkbox">
        <input {...getInputProps(fields.mayCredit, { type: "checkbox" })} key={fields.mayCredit.key} />
        <label htmlFor={fields.mayCredit.id}>{t("reports.form.mayCredit")}</label>
      </div>
      <TextField field={fields.creditName} label={t("reports.form.creditName")} autoComplete="name" hint={t("reports.form.creditNameHint")} />
      <button type="submit">{t("reports.form.submit")}</button>
      <p className="muted small">{t("reports.form.privacy")}</p>
    </Form>
  );
}

/** The kind filter of the lists of projects (public list, moderation queue): a GET form's "type". */
export function KindFilter({ id, defaultValue }: { id: string; defaultValue?: string | null }) {
  const t = useT();
  return (
    <>
      <label htmlFor={id}>{t("reports.form.kind")}</label>
      <select id={id} name="type" defaultValue={defaultValue ?? ""}>
        <option value="">{t("reports.list.allKinds")}</option>
        {PROJECT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`reports.kind.${kind}`)}
          </option>
        ))}
      </select>
    </>
  );
}
