import type { FieldMetadata } from "@conform-to/react";
import type { CommuneSummary } from "~/models/commune-index.server";
import { VOLUNTEER_AVAILABILITIES, VOLUNTEER_SKILLS } from "../choices";
import { useT } from "~/utils/i18n";
import { CommuneField } from "~/components/commune-search";
import { ChoiceGroup, TextAreaField, TextField } from "~/components/forms";

type ProfileFields = {
  name: FieldMetadata<string | undefined>;
  commune: FieldMetadata<string | undefined>;
  inseeCode: FieldMetadata<string | undefined>;
  skills: FieldMetadata<string[] | undefined>;
  availability: FieldMetadata<string | undefined>;
  languages: FieldMetadata<string | undefined>;
  message: FieldMetadata<string | undefined>;
};

/**
 * The profile's fields as the error summary lists them, in the order of the form: a group of
 * boxes is reached through its first box.
 */
export function profileSummaryFields(fields: ProfileFields) {
  return [
    fields.name,
    fields.commune,
    { name: fields.skills.name, errors: fields.skills.errors, id: `${fields.skills.id}-${VOLUNTEER_SKILLS[0]}` },
    { name: fields.availability.name, errors: fields.availability.errors, id: `${fields.availability.id}-${VOLUNTEER_AVAILABILITIES[0]}` },
    fields.languages,
    fields.message,
  ];
}

/** The fields a volunteer fills in at sign-up and may change later. */
export function VolunteerProfileFields({
  fields,
  choices,
  communeDefault,
  communeCode = "",
}: {
  fields: ProfileFields;
  choices?: CommuneSummary[];
  communeDefault: string;
  communeCode?: string;
}) {
  const t = useT();
  return (
    <>
      <TextField field={fields.name} label={t("volunteers.form.name")} autoComplete="name" />
      <CommuneField
        key={`${communeDefault}-${choices?.length ?? 0}`}
        id={fields.commune.id}
        name={fields.commune.name}
        codeName={fields.inseeCode.name}
        label={t("reports.form.commune")}
        hint={t("reports.form.communeHint")}
        defaultValue={communeDefault}
        defaultCode={communeCode}
        errorId={fields.commune.errorId}
        errors={fields.commune.errors}
        choices={choices}
      />
      <ChoiceGroup
        field={fields.skills}
        type="checkbox"
        options={VOLUNTEER_SKILLS}
        legend={t("volunteers.form.skills")}
        label={(skill) => t(`volunteers.skill.${skill}`)}
      />
      <ChoiceGroup
        field={fields.availability}
        type="radio"
        options={VOLUNTEER_AVAILABILITIES}
        legend={t("volunteers.form.availability")}
        label={(availability) => t(`volunteers.availability.${availability}`)}
      />
      <TextField field={fields.languages} label={t("volunteers.form.languages")} hint={t("volunteers.form.languagesHint")} />
      <TextAreaField field={fields.message} label={t("volunteers.form.message")} rows={4} />
    </>
  );
}
