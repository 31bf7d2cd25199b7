import { useEffect, useMemo, useState, type ReactNode } from "react";
import { petitionIs } from "../states";
import { useLang, useT } from "~/utils/i18n";
import { prose } from "~/utils/typography";

export type PetitionPanelData = {
  id: string;
  title: string;
  body: string;
  goal: number;
  status: "OPEN" | "CLOSED" | "DELIVERED" | "ANSWERED";
  mayorTitle: "MADAME_LA_MAIRE" | "MONSIEUR_LE_MAIRE";
  response: string | null;
  count: number;
  residents: number;
  supporters: number;
  /** Of the supporters, those who live abroad (issue 28). */
  abroad?: number;
};

type Counts = { count: number; residents: number; supporters: number; abroad: number };

/** With JavaScript, the count refreshes every few seconds from the open-data endpoint. */
function useLiveCounts(initial: Counts, url: string, active: boolean) {
  // Live values apply to the loader data they were fetched after; new loader data wins.
  const [live, setLive] = useState<{ base: Counts; value: Counts } | null>(null);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(async () => {
      // A tab in the background costs the site nothing.
      if (document.hidden) return;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (response.ok) {
          const data = (await response.json()) as Omit<Counts, "abroad"> & { supportersAbroad?: number };
          setLive({
            base: initial,
            value: { count: data.count, residents: data.residents, supporters: data.supporters, abroad: data.supportersAbroad ?? 0 },
          });
        }
      } catch {
        // Offline for a moment: keep the last count.
      }
    }, 4000);
    return () => clearInterval(timer);
  }, [url, active, initial]);
  return live && live.base === initial ? live.value : initial;
}

export function PetitionPanel({
  petition,
  communeName,
  communeSlug,
  recentSigners,
  signHref,
  children,
}: {
  petition: PetitionPanelData;
  communeName: string;
  communeSlug: string;
  recentSigners: { id: string; name: string }[];
  /** Where the primary "Sign" action leads (the form's heading), shown under the count. */
  signHref?: string;
  /** Shown right after the petition's text: the signing form. */
  children?: ReactNode;
}) {
  const t = useT();
  const lang = useLang();
  const initial = useMemo(
    () => ({ count: petition.count, residents: petition.residents, supporters: petition.supporters, abroad: petition.abroad ?? 0 }),
    [petition.count, petition.residents, petition.supporters, petition.abroad],
  );
  const counts = useLiveCounts(initial, `/villes/${communeSlug}/petition.json`, petitionIs(petition.status, "collecting"));
  // "(dont 3 de l’étranger)", only when there are some.
  const abroad =
    counts.abroad > 0 ? (
      <>
        {" "}
        <span data-testid="petition-abroad">{t("petition.abroad", { count: counts.abroad })}</span>
      </>
    ) : null;
  const percent = Math.min(100, Math.round((counts.count / Math.max(1, petition.goal)) * 100));
  return (
    <>
      <p className="muted">
        {t("petition.addressedTo", { title: t(`petition.mayor.${petition.mayorTitle}`), commune: communeName })} · {t(`petition.status.${petition.status}`)}
      </p>
      {/* Petitions are written in French: said so on English pages too (WCAG 3.1.2). */}
      <h3 className="petition-title" lang="fr">
        {prose(petition.title)}
      </h3>
      <div className="counter">
        {petitionIs(petition.status, "collecting") ? (
          <>
            <p className="count">
              <strong data-testid="petition-count">{t("petition.count", { count: counts.count })}</strong>
            </p>
            <label className="visually-hidden" htmlFor={`progress-${petition.id}`}>
              {t("petition.progress")}
            </label>
            <progress id={`progress-${petition.id}`} max={petition.goal} value={Math.min(counts.count, petition.goal)}>
              {percent} %
            </progress>
            <p className="muted">
              {t("petition.goal", { goal: petition.goal })} · {t("petition.split", { residents: counts.residents, supporters: counts.supporters })}
              {abroad}
            </p>
          </>
        ) : (
          <>
            {/* Closed: the count is final, and a goal no longer means anything (issue 28). */}
            <p className="count">
              <strong data-testid="petition-count">{t("petition.finalCount", { count: counts.count })}</strong>
            </p>
            <p className="muted">
              {t("petition.split", { residents: counts.residents, supporters: counts.supporters })}
              {abroad}
            </p>
          </>
        )}
        {signHref ? (
          <p className="sign-cta">
            <a className="button button-primary" href={signHref}>
              {t("petition.sign.cta")}
            </a>
          </p>
        ) : null}
      </div>
      <div className="petition-body" lang="fr">
        {petition.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{prose(paragraph)}</p>
        ))}
      </div>
      {children}
      {recentSigners.length > 0 ? (
        <div>
          <h4>{t("petition.recent")}</h4>
          <ul className="signers" lang={lang}>
            {recentSigners.map((signer) => (
              <li key={signer.id}>{signer.name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {petition.response ? (
        <div className="panel">
          <h4>{t("petition.response")}</h4>
          <p lang="fr">{prose(petition.response)}</p>
        </div>
      ) : null}
    </>
  );
}
