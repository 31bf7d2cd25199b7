import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useT } from "~/utils/i18n";
import { TextAreaField, TextField } from "~/components/forms";

type RequesterFieldSet = {
  name: FieldMetadata<string | undefined>;
  address: FieldMetadata<string | undefined>;
  email: FieldMetadata<string | undefined>;
  showName: FieldMetadata<boolean | undefined>;
};

/** Who sends the letter: their name and address go in it; the email gets the personal link. */
export function RequesterFields({ fields }: { fields: RequesterFieldSet }) {
  const t = useT();
  return (
    <fieldset className="field">
      <legend>{t("documentRequests.form.requester")}</legend>
      <TextField field={fields.name} label={t("documentRequests.form.name")} autoComplete="name" />
      <TextAreaField field={fields.address} label={t("documentRequests.form.address")} hint={t("documentRequests.form.addressHint")} rows={3} />
      <TextField field={fields.email} type="email" label={t("documentRequests.form.email")} autoComplete="email" hint={t("documentRequests.form.emailHint")} />
      <div className="field checkbox">
        <input {...getInputProps(fields.showName, { type: "checkbox" })} key={fields.showName.key} />
        <label htmlFor={fields.showName.id}>{t("documentRequests.form.showName")}</label>
      </div>
    </fieldset>
  );
}
