// One indicator: full chart, chart options, data table of every claim behind it, downloads.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { getIndicator, indicatorSeries, searchClaims } from "@/db/queries";
import { dict, formatValue, qualifierPrefix, sectorName, unitName, type Lang } from "@/lib/i18n";
import { autoChartType } from "@/lib/chart-type";
import { href, INDICATOR_PARAMS, monthEnd, monthStart, parseView, toQuery, type ViewState } from "@/lib/url-state";
import { siteBase } from "@/lib/site";
import { FilterBar } from "../../_components/FilterBar";
import { IndicatorChart } from "../../_components/IndicatorChart";
import { PointTable, claimHref } from "../../_components/PointTable";
import { Shell } from "../../_components/Shell";
import { IndicatorReview } from "../../_components/review/IndicatorReview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABLE_ROWS = 50;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const { state } = parseView(await searchParams, INDICATOR_PARAMS);
  const t = dict(state.lang);
  const ind = await getIndicator(await getDb(), decodeURIComponent(id));
  const name = ind ? (state.lang === "zh" ? ind.nameZh : ind.nameEn) : t.unknownIndicator;
  const title = `${name} · ${t.appTitle}`;
  const range = state.from || state.to ? [state.from ?? "…", state.to ?? "…"].join(" – ") : t.allDates;
  const description = ind ? `${name} (${sectorName(ind.sector, state.lang)}), ${range}. ${t.appTagline}` : t.appTagline;
  const og = `/og${toQuery({ ...state, indicator: ind?.id ?? null }, ["indicator", ...INDICATOR_PARAMS])}`;
  return {
    metadataBase: await siteBase(),
    title,
    description,
    openGraph: { title, description, images: [{ url: og, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [og] },
  };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  await connection();
  const { id: rawId } = await params;
  const id = decodeURIComponent(rawId);
  const { state, notices } = parseView(await searchParams, INDICATOR_PARAMS);
  const lang = state.lang;
  const t = dict(lang);
  const db = await getDb();
  const ind = await getIndicator(db, id);
  const path = `/indicators/${id}`;
  if (!ind) {
    return (
      <Shell lang={lang} path={path} state={state} accepted={INDICATOR_PARAMS} notices={notices}>
        <h1>{t.unknownIndicator}</h1>
        <div className="empty" role="status">
          <p>
            <code>{id}</code>
          </p>
          <p>
            <Link href={href("/", { lang }, ["lang"])}>{t.navOverview}</Link>
          </p>
        </div>
      </Shell>
    );
  }
  const filter = { from: state.from ? monthStart(state.from) : null, to: state.to ? monthEnd(state.to) : null };
  const [points, table] = await Promise.all([
    indicatorSeries(db, id, filter),
    searchClaims(db, { indicator: id, from: filter.from, to: filter.to }, 1, TABLE_ROWS),
  ]);
  const name = lang === "zh" ? ind.nameZh : ind.nameEn;
  const type = state.chart === "auto" ? autoChartType(ind.measure, points) : state.chart;
  const showPlan = state.plan === "1";
  const shown = showPlan ? points : points.filter((p) => p.status !== "plan");
  const option = (patch: Partial<ViewState>) => href(path, { ...state, ...patch }, INDICATOR_PARAMS);

  return (
    <Shell lang={lang} path={path} state={state} accepted={INDICATOR_PARAMS} notices={notices}>
      <p className="sub" style={{ marginTop: "1rem", marginBottom: 0 }}>
        <Link href={href("/", { lang, sector: ind.sector, from: state.from, to: state.to }, ["lang", "sector", "from", "to"])}>
          {sectorName(ind.sector, lang)}
        </Link>
      </p>
      <h1>{name}</h1>
      <p className="sub">
        {t.unit}: {unitName(ind.unit, lang) || ind.unit} · {t.measureNames[ind.measure] ?? ind.measure} · <code>{ind.id}</code>
      </p>
      <FilterBar
        path={path}
        state={state}
        accepted={INDICATOR_PARAMS}
        sectors={[]}
        showSector={false}
        labels={{ sector: t.sector, allSectors: t.allSectors, from: t.from, to: t.to, apply: t.apply, reset: t.reset, loading: t.loading }}
      />
      <nav className="actions" aria-label={t.chartType}>
        <span>{t.chartType}:</span>
        {(["auto", "line", "bar"] as const).map((c) => (
          <Link key={c} className="button" href={option({ chart: c })} aria-current={state.chart === c ? "true" : undefined}>
            {state.chart === c ? "✓ " : ""}
            {c === "auto" ? t.chartAuto : c === "line" ? t.chartLine : t.chartBar}
          </Link>
        ))}
        <Link className="button" href={option({ plan: showPlan ? "0" : "1" })} aria-pressed={showPlan}>
          {showPlan ? "✓ " : ""}
          {t.showPlan}
        </Link>
      </nav>
      {points.length === 0 ? (
        <div className="empty" role="status">
          {t.noDataFilter}
        </div>
      ) : (
        <section aria-labelledby="h-chart">
          <h2 id="h-chart">
            {ind.measure === "change_pct" ? t.growthChart : t.levelChart} ({unitName(ind.unit, lang) || ind.unit})
          </h2>
          <p className="sub">{t.clickPointHint}</p>
          <IndicatorChart
            points={shown}
            unit={ind.unit}
            lang={lang}
            type={type}
            showPlan={showPlan}
            fileName={`${ind.id}${state.from ? `_${state.from}` : ""}${state.to ? `_${state.to}` : ""}`}
            labels={{
              reported: t.reported,
              planned: t.planned,
              lowerBound: t.lowerBound,
              downloadSvg: t.downloadSvg,
              downloadPng: t.downloadPng,
              article: t.article,
              claimsCount: t.claimsCount,
              title: name,
            }}
          />
          <PointTable points={shown} unit={ind.unit} lang={lang} caption={`${t.chartOf}${name}`} />
        </section>
      )}
      <IndicatorReview indicatorId={id} lang={lang} />
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">
          {t.claimsBehind} ({table.total})
        </h2>
        <div className="actions">
          <a className="button" href={`${path}/csv${toQuery(state, ["from", "to", "lang"])}`} download>
            {t.downloadCsv}
          </a>
          {table.total > table.items.length && (
            <span className="sub">
              {t.showingFirst} {table.items.length} {t.rows} ·{" "}
              <Link href={href("/claims", { ...state, indicator: id }, ["lang", "indicator", "from", "to"])}>{t.seeAllInExplorer}</Link>
            </span>
          )}
        </div>
        <div className="table-scroll">
          <table data-testid="claims-table">
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col" className="num">
                  {t.value}
                </th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.quote}</th>
                <th scope="col" className="hide-narrow">
                  {t.article}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.items.map((c) => {
                const link = claimHref(c.articleId, c.id, lang as Lang);
                return (
                  <tr key={c.id}>
                    <td>{c.asOf ?? c.period ?? "—"}</td>
                    <td className="num">
                      {qualifierPrefix(c.qualifier, lang)}
                      {formatValue(c.value, c.unit, lang)}
                    </td>
                    <td>{c.status === "plan" ? t.plan : t.actual}</td>
                    <td>{link ? <a href={link}>{c.quote}</a> : c.quote}</td>
                    <td className="hide-narrow">{c.articleTitle ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </Shell>
  );
}
