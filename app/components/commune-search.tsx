import { Form, useFetcher, useNavigate } from "@remix-run/react";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { CommuneSummary } from "~/models/commune-index.server";
import { MIN_QUERY_LENGTH } from "~/schemas/choices";
import { useT, useTn } from "~/utils/i18n";
import { FieldErrors } from "./forms";

type Suggestions = { query: string; communes: (CommuneSummary & { openPetitionSignatures?: number | null })[] };

/**
 * The combobox (ARIA 1.2 pattern) suggesting communes as you type, shared by the search box
 * and by the forms that ask for a commune. `onChoose` runs when a suggestion is picked.
 */
function CommuneCombobox({
  inputId,
  name,
  value,
  onValueChange,
  onChoose,
  autoFocus = false,
  placeholder,
  describedBy,
  invalid,
}: {
  inputId: string;
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  onChoose: (commune: CommuneSummary) => void;
  autoFocus?: boolean;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useT();
  const tn = useTn();
  const listId = `${inputId}-list`;
  const fetcher = useFetcher<Suggestions>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const query = value.trim();
  const { load } = fetcher;
  useEffect(() => {
    if (query.length < MIN_QUERY_LENGTH) return;
    const timer = setTimeout(() => load(`/api/communes?q=${encodeURIComponent(query)}`), 120);
    return () => clearTimeout(timer);
  }, [query, load]);

  const communes = query.length >= MIN_QUERY_LENGTH && fetcher.data?.query === query ? fetcher.data.communes : [];
  const expanded = open && communes.length > 0;

  function choose(commune: CommuneSummary) {
    setOpen(false);
    setActive(-1);
    onChoose(commune);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && communes.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % communes.length);
    } else if (event.key === "ArrowUp" && communes.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? communes.length - 1 : index - 1));
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      choose(communes[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <>
      <div className="combobox">
        <input
          id={inputId}
          // A combobox is a text input (ARIA in HTML): type=search would be a searchbox.
          type="text"
          inputMode="search"
          enterKeyHint="search"
          name={name}
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={80}
          autoFocus={autoFocus}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            onValueChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id={listId} role="listbox" aria-label={t("search.suggestions")} hidden={!expanded} className="suggestions">
          {communes.map((commune, index) => (
            <li
              key={commune.inseeCode}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(commune);
              }}
            >
              <span className="suggestion-name">{commune.name}</span>{" "}
              <span className="suggestion-meta">
                {commune.departmentName} ({commune.departmentCode}) · {commune.postcodes.slice(0, 3).join(", ")}
                {commune.postcodes.length > 3 ? "…" : ""}
              </span>
              {typeof commune.openPetitionSignatures === "number" ? (
                <>
                  {" "}
                  <span className="suggestion-petition">{tn("search.petitionOpen", commune.openPetitionSignatures)}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t("search.suggestionsCount", { count: communes.length }) : ""}
      </p>
    </>
  );
}

/**
 * A GET form to /villes that works without JavaScript; with JavaScript it becomes a
 * combobox suggesting communes as you type.
 */
export function CommuneSearch({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  const t = useT();
  const id = useId();
  const inputId = `${id}-input`;
  const navigate = useNavigate();
  const [value, setValue] = useState(defaultValue);
  return (
    <Form method="get" action="/villes" role="search" className="commune-search">
      <label htmlFor={inputId}>{t("search.label")}</label>
      <div className="search-row">
        <CommuneCombobox
          inputId={inputId}
          name="q"
          value={value}
          onValueChange={setValue}
          onChoose={(commune) => navigate(`/villes/${commune.slug}`)}
          autoFocus={autoFocus}
          placeholder={t("search.placeholder")}
        />
        <button type="submit">{t("search.submit")}</button>
      </div>
    </Form>
  );
}

/**
 * A commune field inside another form: the text typed (name or postcode) is sent as `name`;
 * a suggestion picked with JavaScript also sends its INSEE code as `codeName`. Without
 * JavaScript, the action resolves the text and, when several communes match, offers them as
 * choices (`choices`, radio buttons named `codeName`).
 */
export function CommuneField({
  id,
  name,
  codeName,
  label,
  hint,
  defaultValue = "",
  defaultCode = "",
  errorId,
  errors,
  choices = [],
}: {
  /** The input's id (an error summary links to it); generated when not given. */
  id?: string;
  name: string;
  codeName: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  defaultCode?: string;
  errorId: string;
  errors?: string[];
  choices?: CommuneSummary[];
}) {
  const t = useT();
  const generatedId = `${useId()}-commune`;
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const [value, setValue] = useState(defaultValue);
  const [code, setCode] = useState(defaultCode);
  const hasErrors = Boolean(errors?.length);
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <CommuneCombobox
        inputId={inputId}
        name={name}
        value={value}
        onValueChange={(next) => {
          setValue(next);
          setCode("");
        }}
        onChoose={(commune) => {
          setValue(`${commune.name} (${commune.departmentCode})`);
          setCode(commune.inseeCode);
        }}
        describedBy={[hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(" ") || undefined}
        invalid={hasErrors}
      />
      {code ? <input type="hidden" name={codeName} value={code} /> : null}
      <FieldErrors id={errorId} errors={errors} />
      {choices.length > 0 && !code ? (
        <fieldset className="commune-choices">
          <legend>{t("communeField.choose")}</legend>
          {choices.map((commune) => (
            <div key={commune.inseeCode} className="field checkbox">
              <input type="radio" id={`${inputId}-${commune.inseeCode}`} name={codeName} value={commune.inseeCode} />
              <label htmlFor={`${inputId}-${commune.inseeCode}`}>
                {commune.name} ({commune.departmentName}, {commune.departmentCode}) · {commune.postcodes.slice(0, 3).join(", ")}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
