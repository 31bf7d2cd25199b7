import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CommuneField } from "~/components/commune-search";
import { ChoiceGroup, ErrorSummary, FieldErrors, RequiredNote, TextAreaField, TextField } from "~/components/forms";
import { constraints as eventConstraints } from "~/components/form-constraints/event";
import { useServerForm } from "~/components/server-form";
import type { CommuneSummary } from "~/models/commune-index.server";
import { useT } from "~/utils/i18n";
import { EVENT_KINDS } from "../kinds";
import type { EventDefaults, EventSchema } from "../schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { event: eventConstraints };

/** The organizers' event form (creation and edition): nothing typed is lost on an error. */
export function EventForm({
  lastResult,
  defaultValue,
  groups,
  national,
  choices,
  submitLabel,
  hint,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: EventDefaults;
  groups: { id: string; name: string }[];
  /** A national organizer may leave the group empty (a national event). */
  national: boolean;
  choices?: CommuneSummary[];
  submitLabel: string;
  hint?: string;
}) {
  const t = useT();
  const [form, fields] = useServerForm<typeof EventSchema>(forms.event, { lastResult, defaultValue });
  const initial = { ...defaultValue, ...((lastResult?.initialValue ?? {}) as Record<string, unknown>) } as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const startDate = getInputProps(fields.startDate, { type: "date" });
  const startTime = getInputProps(fields.startTime, { type: "time" });
  const endDate = getInputProps(fields.endDate, { type: "date" });
  const endTime = getInputProps(fields.endTime, { type: "time" });
  const capacity = getInputProps(fields.capacity, { type: "number" });
  const onlineUrl = getInputProps(fields.onlineUrl, { type: "url" });
  return (
    <Form method="post" {...getFormProps(form)} className="stack" data-testid="event-form">
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          fields.kind,
          fields.title,
          fields.description,
          fields.startDate,
          fields.startTime,
          fields.endDate,
          fields.endTime,
          { name: fields.place.name, errors: fields.place.errors, id: `${fields.place.id}-address` },
          fields.address,
          fields.commune,
          fields.onlineUrl,
          fields.capacity,
          fields.groupId,
        ]}
      />
      <RequiredNote />
      <input type="hidden" name="intent" value="save" />
      <div className="field">
        <label htmlFor={fields.kind.id} data-required="">
          {t("admin.events.fieldKind")}
        </label>
        <select {...getSelectProps(fields.kind)} key={fields.kind.key}>
          <option value="">—</option>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`events.kind.${kind}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.kind.errorId} errors={fields.kind.errors} />
      </div>
      <TextField field={fields.title} label={t("admin.events.fieldTitle")} />
      <TextAreaField field={fields.description} label={t("admin.events.fieldDescription")} hint={t("admin.events.descriptionHint")} rows={8} />
      <fieldset className="field">
        <legend>{t("admin.events.start")}</legend>
        <p className="hint">{t("admin.events.dstHint")}</p>
        <div className="field">
          <label htmlFor={fields.startDate.id}>{t("admin.events.day")}</label>
          <input {...startDate} key={startDate.key} />
          <FieldErrors id={fields.startDate.errorId} errors={fields.startDate.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.startTime.id}>{t("admin.events.time")}</label>
          <input {...startTime} key={startTime.key} />
          <FieldErrors id={fields.startTime.errorId} errors={fields.startTime.errors} />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t("admin.events.end")}</legend>
        <div className="field">
          <label htmlFor={fields.endDate.id}>{t("admin.events.day")}</label>
          <input {...endDate} key={endDate.key} />
          <FieldErrors id={fields.endDate.errorId} errors={fields.endDate.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.endTime.id}>{t("admin.events.time")}</label>
          <input {...endTime} key={endTime.key} />
          <FieldErrors id={fields.endTime.errorId} errors={fields.endTime.errors} />
        </div>
      </fieldset>
      <ChoiceGroup
        field={fields.place}
        type="radio"
        options={["address", "online"] as const}
        legend={t("admin.events.place")}
        label={(value) => t(value === "online" ? "admin.events.placeOnline" : "admin.events.placeAddress")}
        required
      />
      <TextField field={fields.address} label={t("admin.events.address")} />
      <CommuneField
        key={`${text(initial.commune)}-${choices?.length ?? 0}`}
        id={fields.commune.id}
        name={fields.commune.name}
        codeName={fields.inseeCode.name}
        label={t("admin.events.commune")}
        hint={t("mandates.form.communeHint")}
        defaultValue={text(initial.commune)}
        defaultCode={text(initial.inseeCode)}
        errorId={fields.commune.errorId}
        errors={fields.commune.errors}
        choices={choices}
      />
      <div className="field">
        <label htmlFor={fields.onlineUrl.id}>{t("admin.events.onlineUrl")}</label>
        <p id={`${fields.onlineUrl.id}-hint`} className="hint">
          {t("admin.events.onlineUrlHint")}
        </p>
        <input {...onlineUrl} key={onlineUrl.key} aria-describedby={`${fields.onlineUrl.id}-hint`} />
        <FieldErrors id={fields.onlineUrl.errorId} errors={fields.onlineUrl.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.capacity.id}>{t("admin.events.capacity")}</label>
        <p id={`${fields.capacity.id}-hint`} className="hint">
          {t("admin.events.capacityHint")}
        </p>
        <input {...capacity} key={capacity.key} aria-describedby={`${fields.capacity.id}-hint`} />
        <FieldErrors id={fields.capacity.errorId} errors={fields.capacity.errors} />
      </div>
      <div className="field checkbox">
        <input {...getInputProps(fields.registration, { type: "checkbox" })} key={fields.registration.key} />
        <label htmlFor={fields.registration.id}>{t("admin.events.registration")}</label>
      </div>
      <div className="field">
        <label htmlFor={fields.groupId.id}>{t("admin.events.group")}</label>
        <select {...getSelectProps(fields.groupId)} key={fields.groupId.key}>
          {national ? <option value="">{t("admin.events.groupNone")}</option> : null}
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
        <FieldErrors id={fields.groupId.errorId} errors={fields.groupId.errors} />
      </div>
      {hint ? <p className="hint">{hint}</p> : null}
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
