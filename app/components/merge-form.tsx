import { Form } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { FieldErrors } from "~/components/forms";
import { useT } from "~/utils/i18n";

type Candidate = { id: string; label: string };

/**
 * "Merge into…": choose the one to keep among the candidates, then confirm. A merge cannot be
 * undone, so the first submit only asks (the action answers without confirm=1 with the chosen
 * target, `confirming`) and the confirmation step posts the same fields again with confirm=1.
 */
export function MergeForm({
  id,
  label,
  submitLabel,
  candidates,
  fields = {},
  confirming,
  consequence,
  errors,
}: {
  /** The select's id, and the prefix of the confirmation step's. */
  id: string;
  label: string;
  submitLabel: string;
  candidates: Candidate[];
  /** What the action needs beside intent=merge and intoId (the merged one's id, say). */
  fields?: Record<string, string>;
  /** The target chosen by the first submit: the confirmation step shows instead of the form. */
  confirming?: string;
  /** What the merge into a candidate will do, in a sentence. */
  consequence: (target: Candidate) => string;
  errors?: string[];
}) {
  const t = useT();
  const target = confirming ? candidates.find((candidate) => candidate.id === confirming) : undefined;
  if (target) {
    return (
      <ConfirmStep
        id={`${id}-confirm`}
        heading={t("admin.confirm.heading")}
        consequence={consequence(target)}
        fields={{ ...fields, intent: "merge", intoId: target.id }}
        confirmLabel={t("admin.confirm.merge.submit")}
      />
    );
  }
  return (
    <Form method="post" className="stack">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} name="intoId" required aria-describedby={errors ? `${id}-error` : undefined}>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <button type="submit" name="intent" value="merge" className="button-danger">
        {submitLabel}
      </button>
    </Form>
  );
}
