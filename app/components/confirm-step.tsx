import { Form, Link, useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "~/utils/i18n";

/**
 * The confirmation of an irreversible action, rendered by the server after a first submit
 * (so it works without JavaScript): what will happen, a danger "Confirmer" button that posts
 * the same fields again with confirm=1, and a way back that does nothing.
 */
export function ConfirmStep({
  id,
  heading,
  consequence,
  fields,
  confirmLabel,
  action,
  children,
}: {
  id: string;
  heading: string;
  consequence: string;
  fields: Record<string, string>;
  confirmLabel?: string;
  action?: string;
  children?: ReactNode;
}) {
  const t = useT();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // With JavaScript the panel replaces the button that was pressed: bring focus to it.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="confirm-step" role="group" aria-labelledby={`${id}-heading`} data-testid="confirm-step">
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p className="confirm-consequence">{consequence}</p>
      {children}
      <Form method="post" action={action} className="button-row">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="1" />
        <button type="submit" className="button-danger">
          {confirmLabel ?? t("admin.confirm.submit")}
        </button>
        <Link to={location.pathname} className="button button-secondary" replace>
          {t("admin.confirm.cancel")}
        </Link>
      </Form>
    </div>
  );
}
