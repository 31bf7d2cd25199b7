import { Form, useFetcher, useNavigate } from "@remix-run/react";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { CommuneSummary } from "~/models/commune.server";
import { MIN_QUERY_LENGTH } from "~/schemas/commune-search";
import { useT } from "~/utils/i18n";

type Suggestions = { query: string; communes: CommuneSummary[] };

/**
 * A GET form to /villes that works without JavaScript; with JavaScript it becomes a
 * combobox (ARIA 1.2 pattern) suggesting communes as you type.
 */
export function CommuneSearch({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const inputId = `${id}-input`;
  const fetcher = useFetcher<Suggestions>();
  const navigate = useNavigate();
  const [value, setValue] = useState(defaultValue);
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
      navigate(`/villes/${communes[active].slug}`);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <Form method="get" action="/villes" role="search" className="commune-search">
      <label htmlFor={inputId}>{t("search.label")}</label>
      <div className="search-row">
        <div className="combobox">
          <input
            id={inputId}
            type="search"
            name="q"
            value={value}
            placeholder={t("search.placeholder")}
            autoComplete="off"
            maxLength={80}
            autoFocus={autoFocus}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            onChange={(event) => {
              setValue(event.target.value);
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
                  navigate(`/villes/${commune.slug}`);
                }}
              >
                <span className="suggestion-name">{commune.name}</span>{" "}
                <span className="suggestion-meta">
                  {commune.departmentName} ({commune.departmentCode}) · {commune.postcodes.slice(0, 3).join(", ")}
                  {commune.postcodes.length > 3 ? "…" : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit">{t("search.submit")}</button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t("search.suggestionsCount", { count: communes.length }) : ""}
      </p>
    </Form>
  );
}
