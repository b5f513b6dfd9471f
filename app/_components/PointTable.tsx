// The data-table alternative of a chart: every point with its area and source link.
// Its rows are formatted here and drawn by PointRows (React's payload then carries them as short arrays).
import { areaLabel } from "@/lib/area-en";
import { countOf, dict, formatValue, periodText, qualifierPrefix, statusName, type Lang } from "@/lib/i18n";
import { claimHref } from "@/lib/links";
import type { SeriesPoint } from "@/db/queries";
import { PointRows, type PointRow } from "./PointRows";

/** What a row needs of a chart point (db/queries' SeriesPoint); period and area show when known. */
export type TablePoint = Pick<SeriesPoint, "date" | "value" | "status" | "qualifier" | "claimId" | "articleId" | "quote"> & Partial<Pick<SeriesPoint, "period" | "area" | "freq">>;

export function PointTable({
  points,
  unit,
  lang,
  caption,
  last,
  moreHref,
  moreLabel,
  showArea = true,
}: {
  points: TablePoint[];
  unit: string;
  lang: Lang;
  caption: string;
  /** Show only the most recent `last` points (the overview), with a link to the full table. */
  last?: number;
  moreHref?: string;
  moreLabel?: string;
  showArea?: boolean;
}) {
  const t = dict(lang);
  const shown = last !== undefined && points.length > last ? points.slice(-last) : points;
  return (
    <details>
      <summary>
        {lang === "zh" ? `${t.dataTable}（${countOf(points.length, "points", lang)}）` : `${t.dataTable} (${countOf(points.length, "points", lang)})`}
      </summary>
      <div className="table-scroll">
        <table className="stack">
          <caption className="sub" style={{ textAlign: "left" }}>
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.period}</th>
              {showArea && <th scope="col">{t.area}</th>}
              <th scope="col" className="num">
                {t.value}
              </th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.source}</th>
            </tr>
          </thead>
          <PointRows
            rows={shown.map((p): PointRow => [
              periodText(p.period, p.freq, p.date, lang),
              p.period ?? p.date,
              showArea ? (areaLabel(p.area, lang) ?? t.noArea) : null,
              `${qualifierPrefix(p.qualifier, lang)}${formatValue(p.value, unit, lang)}`,
              statusName(p.status, lang),
              claimHref(p.articleId, p.claimId, lang),
              p.quote,
              p.claimId,
            ])}
            labels={{ period: t.period, area: t.area, value: t.value, status: t.status, source: t.source }}
            quoteLang={lang === "en" ? "zh-CN" : undefined}
          />
        </table>
      </div>
      {shown.length < points.length && moreHref && (
        <p className="sub">
          {t.showingFirst} {shown.length} / {points.length} {t.rows} · <a href={moreHref}>{moreLabel ?? t.viewIndicator}</a>
        </p>
      )}
    </details>
  );
}
