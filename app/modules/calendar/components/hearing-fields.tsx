// The hearing fields of a legal action update (admin.recours.$id.tsx): a hearing entered here
// becomes a public "court hearing" date once the update is published.
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { FieldErrors, TextField } from "~/components/forms";
import { useDates } from "~/utils/dates";
import { useLang, useT } from "~/utils/i18n";
import { colon } from "~/utils/typography";

export function HearingFields({ at, place }: { at: FieldMetadata<string | undefined>; place: FieldMetadata<string | undefined> }) {
  const t = useT();
  const input = getInputProps(at, { type: "datetime-local" });
  return (
    <>
      <p className="hint">{t("calendar.hearing.hint")}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={at.id}>{t("calendar.hearing.at")}</label>
          <input {...input} key={input.key} aria-describedby={at.errors?.length ? at.errorId : undefined} />
          <FieldErrors id={at.errorId} errors={at.errors} />
        </div>
        <TextField field={place} label={t("calendar.hearing.place")} />
      </div>
    </>
  );
}

/** A saved update's hearing, in the list of updates. */
export function HearingSummary({ at, place }: { at: string | Date; place: string | null }) {
  const t = useT();
  const lang = useLang();
  const dates = useDates();
  return (
    <>
      {" "}
      ({t("calendar.kind.COURT_HEARING")}
      {colon(lang)} <time dateTime={new Date(at).toISOString()}>{dates.dateTime(at, "medium")}</time>
      {place ? `, ${place}` : ""})
    </>
  );
}
