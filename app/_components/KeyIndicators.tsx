// 主要经济指标 (key indicators): the overview's first table. One row per
// indicator with data, grouped by sector: period, value (linked to its source
// sentence), 同比, trend, rank among peers (linked to the peers view).
import Link from "next/link";
import { periodLabel } from "@/extract/time/display";
import type { PeriodKind } from "@/extract/types";
import { dict, formatValue, localName, qualifierPrefix, sectorName, type Lang } from "@/lib/i18n";
import { keyStrings } from "@/lib/key-strings";
import { claimHref, viewHref } from "@/lib/links";
import type { KeyIndicatorsModel } from "@/lib/models/overview";
import type { ViewState } from "@/lib/url-state";
import { FoldRows } from "./FoldRows";
import { Sparkline } from "./Sparkline";
import { YoyCell } from "./YoyCell";

/** Rows shown before the 更多/More fold. */
const FOLD_AFTER = 8;

export function KeyIndicators({ model, lang, state, areaCode, parentName }: { model: KeyIndicatorsModel; lang: Lang; state: ViewState; areaCode: string; parentName: string | null }) {
  const k = keyStrings(lang);
  const t = dict(lang);
  let n = 0;
  const table = (
    <table className="key-table" data-testid="key-indicators">
      <thead>
        <tr>
          <th scope="col">{k.indicator}</th>
          <th scope="col" className="hide-narrow">
            {k.period}
          </th>
          <th scope="col" className="num">
            {k.value}
          </th>
          <th scope="col" className="num">
            {k.yoy}
          </th>
          <th scope="col" className="hide-narrow">
            {k.trend}
          </th>
          <th scope="col" className="num hide-narrow">
            {k.rank}
          </th>
        </tr>
      </thead>
      {model.groups.map((g) => (
        <tbody key={g.sector}>
          <tr className={`sector-row${n >= FOLD_AFTER ? " fold" : ""}`}>
            <th scope="rowgroup" colSpan={6}>
              {sectorName(g.sector, lang)}
            </th>
          </tr>
          {g.rows.map((r) => {
            const name = localName(r.indicator, lang);
            const period = periodLabel(r.point.period, r.point.freq as PeriodKind, lang) ?? r.point.date;
            const src = claimHref(r.point.articleId, r.point.claimId, lang);
            const value = `${qualifierPrefix(r.point.qualifier, lang)}${formatValue(r.point.value, r.indicator.unit, lang)}`;
            const fold = n++ >= FOLD_AFTER;
            const area = state.area === "all" ? areaCode : state.area;
            return (
              <tr key={r.indicator.id} className={fold ? "fold" : undefined} data-indicator={r.indicator.id} data-kind={r.indicator.kind} data-claim={r.point.claimId}>
                <th scope="row">
                  <Link href={viewHref({ page: "indicator", id: r.indicator.id }, { ...state, area, period: null })}>{name}</Link>
                  <span className="only-narrow sub">{period}</span>
                </th>
                <td className="hide-narrow">{period}</td>
                <td className="num">
                  {src ? (
                    <a href={src} title={r.point.quote} data-testid="key-source">
                      {value}
                    </a>
                  ) : (
                    value
                  )}
                </td>
                <YoyCell yoy={r.yoy} lang={lang} />
                <td className="hide-narrow spark-cell">
                  {r.spark.length >= 2 ? <Sparkline lineOnly points={r.spark} width={96} height={28} label={k.sparkOf(name, r.spark.length)} /> : null}
                </td>
                <td className="num hide-narrow">
                  {r.rank ? (
                    <Link
                      href={viewHref({ page: "peers", id: r.indicator.id }, { ...state, area, period: r.point.period })}
                      title={parentName ? k.rankTitle(r.rank.rank, r.rank.of, parentName) : undefined}
                    >
                      {k.rankOf(r.rank.rank, r.rank.of)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
  return (
    <section aria-labelledby="h-key" data-testid="key-section">
      {/* The heading is the table's name alone (../shared/DESIGN.md): the period goes beneath it */}
      <h2 id="h-key">{k.keyIndicators}</h2>
      <p className="sub" data-testid="key-scope">{model.period ? (periodLabel(model.period, null, lang) ?? model.period) : k.latestEach}</p>
      {model.rows === 0 ? (
        <div className="empty" role="status">
          {t.noDataFilter}
        </div>
      ) : n > FOLD_AFTER ? (
        <FoldRows id="key-rows" more={k.more} less={k.less} count={n - FOLD_AFTER}>
          {table}
        </FoldRows>
      ) : (
        table
      )}
      <div className="actions">
        <a className="button" href={viewHref({ page: "key-csv" }, { ...state, area: state.area === "all" ? areaCode : state.area })} download>
          {k.downloadCsv}
        </a>
      </div>
    </section>
  );
}
