// 同级比较 (peers): one indicator, one period, the areas sharing the selected
// area's parent — a ranked bar chart (server-drawn SVG, downloadable) and a
// table with rank, value, 同比 and the source sentence; peers that did not
// report are listed; the selected area is highlighted. Page and embed share it.
import Link from "next/link";
import { periodLabel } from "@/extract/time/display";
import type { PeriodKind } from "@/extract/types";
import { dict, formatValue, localName, qualifierPrefix, type Lang } from "@/lib/i18n";
import { keyStrings } from "@/lib/key-strings";
import { claimHref, viewHref } from "@/lib/links";
import type { PeersModel } from "@/lib/models/peers";
import type { ViewState } from "@/lib/url-state";
import { SvgDownloads } from "./SvgDownloads";
import { YoyCell } from "./YoyCell";

const W = 640;
const ROW = 30;
const LABEL = 96;
const PAD = 8;

function Bars({ model, lang, title }: { model: PeersModel; lang: Lang; title: string }) {
  const values = model.rows.map((r) => r.point.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const plot = W - LABEL - 110;
  const x = (v: number) => LABEL + ((v - lo) / span) * plot;
  const h = model.rows.length * ROW + PAD * 2;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} width={W} height={h} role="img" aria-label={title} style={{ maxWidth: "100%", height: "auto" }} data-testid="peers-bars">
      <title>{title}</title>
      <line x1={x(0)} x2={x(0)} y1={PAD / 2} y2={h - PAD / 2} stroke="#8a939e" />
      {model.rows.map((r, i) => {
        const y = PAD + i * ROW;
        const a = x(Math.min(0, r.point.value));
        const b = x(Math.max(0, r.point.value));
        const text = `${qualifierPrefix(r.point.qualifier, lang)}${formatValue(r.point.value, model.indicator.unit, lang)}`;
        return (
          <g key={r.area.code} data-area={r.area.code} data-rank={r.rank}>
            <text x={LABEL - 6} y={y + ROW / 2 + 5} textAnchor="end" fontSize="13" fill="#1f2933" fontWeight={r.selected ? 700 : 400}>
              {r.rank}. {r.area.name}
            </text>
            <rect x={a} y={y + 4} width={Math.max(1, b - a)} height={ROW - 8} fill={r.selected ? "#c2410c" : "#2563a8"} />
            <text x={b + 6} y={y + ROW / 2 + 5} fontSize="12" fill="#1f2933">
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function PeersView({ model, lang, state, embed = false }: { model: PeersModel; lang: Lang; state: ViewState; embed?: boolean }) {
  const k = keyStrings(lang);
  const t = dict(lang);
  const name = localName(model.indicator, lang);
  const key = model.key;
  const label = key ? (periodLabel(key.period, key.freq as PeriodKind, lang) ?? key.date) : "";
  const where = model.parent ? k.peersOf(model.parent.name) : model.selected.name;
  const link = (patch: Partial<ViewState>) => viewHref({ page: "peers", id: model.indicator.id }, { ...state, ...patch });
  return (
    <section aria-labelledby="h-peers" data-testid="peers-view" data-period={key?.period ?? ""}>
      {/* The heading is the view's name alone (../shared/DESIGN.md): where and when go beneath it */}
      <h2 id="h-peers">{k.peers}</h2>
      <p className="sub" data-testid="peers-scope">
        {where}
        {label ? ` · ${label}` : ""}
      </p>
      {!key || model.rows.length === 0 ? (
        <div className="empty" role="status">
          {k.noPeerData}
        </div>
      ) : (
        <>
          <div id="peers-chart" className="chart-box">
            <Bars model={model} lang={lang} title={k.barChartOf(name, label)} />
          </div>
          {!embed && (
            <a className="button" href={viewHref({ page: "peers-csv", id: model.indicator.id }, { ...state, area: model.selected.code, period: key.period })} download>
              {k.downloadCsv}
            </a>
          )}
          {!embed && (
            <SvgDownloads target="peers-chart" fileName={`${model.indicator.id}_peers_${key.period ?? key.date}`} svgLabel={t.downloadSvg} pngLabel={t.downloadPng} />
          )}
          <table className="peers-table" data-testid="peers-table">
            <caption className="sub" style={{ textAlign: "left" }}>
              {name} · {label}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {k.rank}
                </th>
                <th scope="col">{k.area}</th>
                <th scope="col" className="num">
                  {k.value}
                </th>
                <th scope="col" className="num">
                  {k.yoy}
                </th>
                <th scope="col" className="hide-narrow">
                  {k.source}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => {
                const src = claimHref(r.point.articleId, r.point.claimId, lang);
                const value = `${qualifierPrefix(r.point.qualifier, lang)}${formatValue(r.point.value, model.indicator.unit, lang)}`;
                return (
                  <tr key={r.area.code} className={r.selected ? "selected" : undefined} data-area={r.area.code} data-rank={r.rank} aria-current={r.selected ? "true" : undefined}>
                    <td className="num">{r.rank}</td>
                    <th scope="row">
                      {r.area.name}
                      {r.selected ? k.selected : ""}
                    </th>
                    <td className="num">{src ? <a href={src}>{value}</a> : value}</td>
                    <YoyCell yoy={r.yoy} lang={lang} />
                    <td className="hide-narrow">{src ? <a href={src}>{r.point.quote}</a> : r.point.quote}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {model.missing.length > 0 && (
        <p className="sub" data-testid="peers-missing">
          {k.missingPeers}: {model.missing.map((a) => `${a.name}${a.selected ? k.selected : ""}`).join("、")}
        </p>
      )}
      {!embed && model.periods.length > 1 && (
        <nav className="actions" aria-label={k.otherPeriods}>
          <span>{k.otherPeriods}:</span>
          {model.periods
            .filter((p) => p.n >= 2)
            .slice(0, 8)
            .map((p) => {
              const l = periodLabel(p.period, p.freq as PeriodKind, lang) ?? p.date;
              const current = key && p.freq === key.freq && p.date === key.date;
              return (
                <Link key={`${p.freq}|${p.date}`} className="button" href={link({ period: p.period })} aria-current={current ? "true" : undefined}>
                  {l} ({p.n})
                </Link>
              );
            })}
        </nav>
      )}
    </section>
  );
}
