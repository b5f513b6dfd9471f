// The data-table alternative of a chart: every point with its source link.
import { dict, formatValue, qualifierPrefix, type Lang } from "@/lib/i18n";
import type { SeriesPoint } from "@/db/queries";

export function claimHref(articleId: number | null, claimId: number, lang: Lang): string | null {
  if (articleId === null) return null;
  return `/articles/${articleId}${lang === "en" ? "?lang=en" : ""}#claim-${claimId}`;
}

export function PointTable({
  points,
  unit,
  lang,
  caption,
  last,
  moreHref,
}: {
  points: SeriesPoint[];
  unit: string;
  lang: Lang;
  caption: string;
  /** Show only the most recent `last` points (the overview), with a link to the full table. */
  last?: number;
  moreHref?: string;
}) {
  const t = dict(lang);
  const shown = last !== undefined && points.length > last ? points.slice(-last) : points;
  return (
    <details>
      <summary>
        {lang === "zh" ? `${t.dataTable}（${points.length} ${t.points}）` : `${t.dataTable} (${points.length} ${t.points})`}
      </summary>
      <div className="table-scroll">
        <table>
          <caption className="sub" style={{ textAlign: "left" }}>
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col" className="num">
                {t.value}
              </th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.source}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
              const link = claimHref(p.articleId, p.claimId, lang);
              return (
                <tr key={`${p.date}-${p.status}`}>
                  <td>{p.date}</td>
                  <td className="num">
                    {qualifierPrefix(p.qualifier, lang)}
                    {formatValue(p.value, unit, lang)}
                  </td>
                  <td>{p.status === "plan" ? t.plan : t.actual}</td>
                  <td>{link ? <a href={link}>{p.quote}</a> : p.quote}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length < points.length && moreHref && (
        <p className="sub">
          {t.showingFirst} {shown.length} / {points.length} {t.rows} · <a href={moreHref}>{t.viewIndicator}</a>
        </p>
      )}
    </details>
  );
}
