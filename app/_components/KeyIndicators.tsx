// 主要经济指标 (key indicators): the overview's first table. One row per
// indicator with data, grouped by sector: period, value (linked to its source
// sentence), 同比, trend, rank among peers (linked to the peers view). The
// cells are formatted here, on the server; KeyTable draws them.
import { periodLabel } from "@/extract/time/display";
import type { PeriodKind } from "@/extract/types";
import { dict, formatValue, localName, qualifierPrefix, sectorName, type Lang } from "@/lib/i18n";
import { keyStrings } from "@/lib/key-strings";
import { claimHref, viewHref } from "@/lib/links";
import type { KeyIndicatorsModel, KeyRow } from "@/lib/models/overview";
import type { ViewState } from "@/lib/url-state";
import { KeyTable, type KeyCells } from "./KeyTable";
import { trendPaths } from "./Sparkline";
import { yoyCell } from "./YoyCell";

/** Rows shown before the 更多/More fold. */
const FOLD_AFTER = 8;

export function KeyIndicators({ model, lang, state, areaCode, parentName }: { model: KeyIndicatorsModel; lang: Lang; state: ViewState; areaCode: string; parentName: string | null }) {
  const k = keyStrings(lang);
  const t = dict(lang);
  const area = state.area === "all" ? areaCode : state.area;
  const cells = (r: KeyRow): KeyCells => {
    const name = localName(r.indicator, lang);
    return {
      id: r.indicator.id,
      kind: r.indicator.kind,
      claim: r.point.claimId,
      name,
      href: viewHref({ page: "indicator", id: r.indicator.id }, { ...state, area, period: null }),
      period: periodLabel(r.point.period, r.point.freq as PeriodKind, lang) ?? r.point.date,
      value: `${qualifierPrefix(r.point.qualifier, lang)}${formatValue(r.point.value, r.indicator.unit, lang)}`,
      src: claimHref(r.point.articleId, r.point.claimId, lang),
      quote: r.point.quote,
      yoy: r.yoy ? yoyCell(r.yoy, lang) : null,
      spark: r.spark.length >= 2 ? { label: k.sparkOf(name, r.spark.length), n: r.spark.length, ...trendPaths(r.spark, 96, 28) } : null,
      rank: r.rank
        ? {
            text: k.rankOf(r.rank.rank, r.rank.of),
            href: viewHref({ page: "peers", id: r.indicator.id }, { ...state, area, period: r.point.period }),
            title: parentName ? k.rankTitle(r.rank.rank, r.rank.of, parentName) : null,
          }
        : null,
    };
  };
  return (
    <section aria-labelledby="h-key" data-testid="key-section">
      {/* The heading is the table's name alone (../shared/DESIGN.md): the period goes beneath it */}
      <h2 id="h-key">{k.keyIndicators}</h2>
      <p className="sub" data-testid="key-scope">{model.period ? (periodLabel(model.period, null, lang) ?? model.period) : k.latestEach}</p>
      {model.rows === 0 ? (
        <div className="empty" role="status">
          {t.noDataFilter}
        </div>
      ) : (
        <KeyTable
          head={{ indicator: k.indicator, period: k.period, value: k.value, yoy: k.yoy, trend: k.trend, rank: k.rank }}
          groups={model.groups.map((g) => ({ sector: g.sector, name: sectorName(g.sector, lang), rows: g.rows.map(cells) }))}
          fold={{ after: FOLD_AFTER, more: k.more, less: k.less }}
        />
      )}
      <div className="actions">
        <a className="button" href={viewHref({ page: "key-csv" }, { ...state, area: state.area === "all" ? areaCode : state.area })} download>
          {k.downloadCsv}
        </a>
      </div>
    </section>
  );
}
