"use client";
// The key-indicators table's markup, drawn from its cells as short strings
// (KeyIndicators builds them on the server from the view model). A client
// component only so that React's payload carries these cells, ~300 bytes a
// row, instead of the rendered rows (~1.6 kB each) beside the HTML that
// already has them; it folds after its first rows on a phone (FoldRows).
import Link from "next/link";
import { FoldRows } from "./FoldRows";

/** One row, every text already formatted. */
export interface KeyCells {
  id: string;
  kind: string;
  claim: number;
  name: string;
  /** The indicator's page in this view. */
  href: string;
  period: string;
  value: string;
  /** The value's source sentence (its link and the sentence as the link's title). */
  src: string | null;
  quote: string;
  yoy: { text: string; dir: string; source: string; href: string | null; title: string } | null;
  /** The trend: the paths of lib/chart-geometry's compact sparkline, 96 × 28. */
  spark: { label: string; n: number; grid: string; line: string | null; dots: string | null } | null;
  rank: { text: string; href: string; title: string | null } | null;
}

export interface KeyTableProps {
  head: { indicator: string; period: string; value: string; yoy: string; trend: string; rank: string };
  groups: { sector: string; name: string; rows: KeyCells[] }[];
  /** Rows shown before the 更多/More fold, and the fold's words. */
  fold: { after: number; more: string; less: string };
}

export function KeyTable({ head, groups, fold }: KeyTableProps) {
  let n = 0;
  const table = (
    <table className="key-table" data-testid="key-indicators">
      <thead>
        <tr>
          <th scope="col">{head.indicator}</th>
          <th scope="col" className="hide-narrow">
            {head.period}
          </th>
          <th scope="col" className="num">
            {head.value}
          </th>
          <th scope="col" className="num">
            {head.yoy}
          </th>
          <th scope="col" className="hide-narrow">
            {head.trend}
          </th>
          <th scope="col" className="num hide-narrow">
            {head.rank}
          </th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.sector}>
          <tr className={`sector-row${n >= fold.after ? " fold" : ""}`}>
            <th scope="rowgroup" colSpan={6}>
              {g.name}
            </th>
          </tr>
          {g.rows.map((r) => (
            <Row key={r.id} r={r} folded={n++ >= fold.after} />
          ))}
        </tbody>
      ))}
    </table>
  );
  return n > fold.after ? (
    <FoldRows id="key-rows" more={fold.more} less={fold.less} count={n - fold.after}>
      {table}
    </FoldRows>
  ) : (
    table
  );
}

function Row({ r, folded }: { r: KeyCells; folded: boolean }) {
  const { yoy, spark, rank } = r;
  return (
    <tr className={folded ? "fold" : undefined} data-indicator={r.id} data-kind={r.kind} data-claim={r.claim}>
      <th scope="row">
        <Link href={r.href}>{r.name}</Link>
        <span className="only-narrow sub">{r.period}</span>
      </th>
      <td className="hide-narrow">{r.period}</td>
      <td className="num">
        {r.src ? (
          <a href={r.src} title={r.quote} data-testid="key-source">
            {r.value}
          </a>
        ) : (
          r.value
        )}
      </td>
      {yoy ? (
        <td className={`num ${yoy.dir}`} data-yoy-source={yoy.source}>
          {yoy.href ? (
            <a href={yoy.href} title={yoy.title}>
              {yoy.text}
            </a>
          ) : (
            yoy.text
          )}
          {yoy.source === "computed" && (
            <span className="sub" aria-label={yoy.title}>
              *
            </span>
          )}
        </td>
      ) : (
        <td className="num">—</td>
      )}
      <td className="hide-narrow spark-cell">
        {spark && (
          <svg className="spark" viewBox="0 0 96 28" role="img" aria-label={spark.label} data-points={spark.n}>
            <path className="s-grid" d={spark.grid} />
            {spark.line && <path className="s-line" d={spark.line} />}
            {spark.dots && <path className="s-dot" d={spark.dots} />}
          </svg>
        )}
      </td>
      <td className="num hide-narrow">
        {rank ? (
          <Link href={rank.href} title={rank.title ?? undefined}>
            {rank.text}
          </Link>
        ) : (
          "—"
        )}
      </td>
    </tr>
  );
}
