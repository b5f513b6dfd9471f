"use client";
// The rows of a chart's data table (PointTable), drawn from their cells as
// short strings. A client component only so that React's payload carries
// each row as one short array instead of the rendered row (~0.6 kB) beside
// the HTML that already has it.

/** period text, period as written (or the date), area (null: no column), value, status, source link, quote. */
export type PointRow = [period: string, periodKey: string, area: string | null, value: string, status: string, href: string | null, quote: string, key: number];

export function PointRows({ rows, labels, quoteLang }: { rows: PointRow[]; labels: { period: string; area: string; value: string; status: string; source: string }; quoteLang?: string }) {
  return (
    <tbody>
      {rows.map(([period, periodKey, area, value, status, href, quote, key]) => (
        <tr key={key}>
          <td data-label={labels.period} data-period={periodKey}>
            {period}
          </td>
          {area !== null && <td data-label={labels.area}>{area}</td>}
          <td className="num" data-label={labels.value}>
            {value}
          </td>
          <td data-label={labels.status}>{status}</td>
          <td data-label={labels.source} lang={quoteLang}>
            {href ? <a href={href}>{quote}</a> : quote}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
