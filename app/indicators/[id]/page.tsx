// One indicator: its series in the chosen area (and the areas compared with it),
// one kind of period at a time; an event indicator as sums and counts per
// period with its events listed. Data table, claims behind it, downloads.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { eventSeries, getIndicator, indicatorSeries, indicatorsWithClaims, listIndicators, searchClaims, type EventItem, type Freq, type IndicatorInfo, type SeriesPoint } from "@/db/queries";
import { areaByCode, cityOf, lookupArea, peersToCompare, provinceOf } from "@/lib/areas";
import { SERIES_COLOURS, SERIES_SHAPES, type ChartSeries } from "@/lib/chart-layout";
import { packChart } from "@/lib/chart-wire";
import { autoChartType } from "@/lib/chart-type";
import { areaLabel } from "@/lib/area-en";
import { countOf, dict, filterLabels, formatValue, listOf, localName, periodText, qualifierPrefix, sectorName, sourceLine, statusName, unitName, type Lang } from "@/lib/i18n";
import { UNITS } from "@/lib/units";
import { groupBySector } from "@/lib/indicator-groups";
import { claimHref } from "@/lib/links";
import { indicatorModel } from "@/lib/models/indicator";
import { siteBase } from "@/lib/site";
import { comparedAreas, dateRange, href, INDICATOR_PARAMS, MAX_COMPARE, OG_PARAMS, toQuery, type ViewState } from "@/lib/url-state";
import { readView, type ServerView } from "@/lib/view";
import { AREA_TEXT } from "../../_components/AreaOptions";
import { FilterBar } from "../../_components/FilterBar";
import { PointTable } from "../../_components/PointTable";
import { IndicatorChart } from "../../_components/IndicatorChart";
import { Shell } from "../../_components/Shell";
import { IndicatorReview, loadIndicatorReview } from "../../_components/review/IndicatorReview";
import { PeersView } from "../../_components/PeersView";
import { keyStrings } from "@/lib/key-strings";
import { viewHref } from "@/lib/links";
import { loadPeers } from "@/lib/loaders/peers";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Claims listed under the chart (the newest; the explorer and the CSV have them all). 25, not 50: every row, with its
 * sentence, is sent twice (HTML and React's payload), and the chart above already links each point to its sentence.
 */
const TABLE_ROWS = 25;
/** The claims table says "1000+" rather than counting a whole series on every request. */
const COUNT_CAP = 1000;
/** Rows of the chart's data table: the most recent points. */
const TABLE_POINTS = 60;
/** Under area=all, at most this many areas get a line of their own (the most documented). */
const MAX_SERIES = 6;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const db = await getDb();
  const { state, areaCode, areaName } = await readView(db, await searchParams, INDICATOR_PARAMS, { indicator: decodeURIComponent(id) });
  const t = dict(state.lang);
  const ind = await getIndicator(db, decodeURIComponent(id));
  const name = ind ? localName(ind, state.lang) : t.unknownIndicator;
  const where = areaCode ? areaLabel(areaName(areaCode), state.lang) : t.allAreas;
  const title = `${where} · ${name} · ${t.appTitle}`;
  const range = state.from || state.to ? [state.from ?? "…", state.to ?? "…"].join(" – ") : t.allDates;
  const description = ind ? `${where} · ${name} (${sectorName(ind.sector, state.lang)}), ${range}. ${t.appTagline}` : t.appTagline;
  const og = `/og${toQuery({ ...state, indicator: ind?.id ?? null }, OG_PARAMS)}`;
  return {
    metadataBase: siteBase(),
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
  const db = await getDb();
  const [view, ind] = await Promise.all([readView(db, await searchParams, INDICATOR_PARAMS, { indicator: id }), getIndicator(db, id)]);
  const { state, notices } = view;
  const lang = state.lang;
  const t = dict(lang);
  const path = `/indicators/${id}`;
  const embed = state.embed === "1";
  // Before anything streams (no loading boundary above this page), so the answer is a real 404.
  if (!ind) notFound();
  const name = localName(ind, lang);
  const where = view.areaCode ? areaLabel(view.areaName(view.areaCode), lang) : t.allAreas;
  const option = (patch: Partial<ViewState>) => href(path, { ...state, ...patch }, INDICATOR_PARAMS);
  const peers = state.view === "peers" && ind.kind !== "event";
  const compared = comparedAreas(state, view.areaCode);
  // The claims under the chart and the sector's list are read while the chart's body reads its series (an embed shows neither).
  const below = embed
    ? null
    : Promise.all([
        searchClaims(db, { indicator: id, area: view.areaCode, compare: compared, ...dateRange(state) }, 1, TABLE_ROWS, COUNT_CAP),
        listIndicators(db),
        indicatorsWithClaims(db),
      ]);
  const review = embed || peers ? null : loadIndicatorReview(id);
  // Awaited below; an embed's early return or the body's error must not leave them unhandled.
  below?.catch(() => {});
  review?.catch(() => {});
  const body = peers
    ? await PeersBody({ ind, view, lang, option })
    : ind.kind === "event"
      ? await EventBody({ ind, view, lang, option })
      : await SeriesBody({ ind, view, lang, option });
  if (embed) {
    return (
      <Shell lang={lang} path={path} state={state} accepted={INDICATOR_PARAMS} notices={notices} embed>
        <h1 className="embed-title">
          {where} · {name}
        </h1>
        {body.chart}
      </Shell>
    );
  }
  const [table, all, having] = await below!;
  // The sector's other indicators with claims, in catalogue order: the page is one of a list, by sector.
  const siblings = groupBySector(all, lang, new Set([...having, id])).find((g) => g.sector === ind.sector)?.indicators ?? [];

  return (
    <Shell lang={lang} path={path} state={state} accepted={INDICATOR_PARAMS} notices={notices} filters>
      <p className="sub" style={{ marginTop: "1rem", marginBottom: 0 }}>
        <Link href={href("/", { lang, area: state.area, sector: ind.sector, from: state.from, to: state.to }, ["lang", "area", "sector", "from", "to"])}>
          {sectorName(ind.sector, lang)}
        </Link>
      </p>
      <h1>
        {name} <span className="sub">· {where}</span>
      </h1>
      {siblings.length > 1 && (
        <nav className="sector-nav sub" aria-label={sectorName(ind.sector, lang)} data-testid="sector-indicators">
          {siblings.map((i, k) => (
            <span key={i.id}>
              {k > 0 ? " · " : ""}
              <Link href={href(`/indicators/${i.id}`, { ...state, compare: null, freq: null }, INDICATOR_PARAMS)} aria-current={i.id === id ? "page" : undefined}>
                {localName(i, lang)}
              </Link>
            </span>
          ))}
        </nav>
      )}
      <p className="sub" title={`API: ${ind.id}`}>
        {unitName(ind.unit, lang) ? `${t.unit}: ${unitName(ind.unit, lang)} · ` : ""}
        {t.measureNames[ind.measure] ?? ind.measure}
      </p>
      <FilterBar
        path={path}
        state={state}
        accepted={INDICATOR_PARAMS}
        sectors={[]}
        showSector={false}
        areas={view.areas}
        homeCode={view.home.code}
        keep={["compare", "freq", "chart", "plan"]}
        labels={filterLabels(lang)}
      />
      {ind.kind !== "event" && <ViewTabs id={id} state={state} lang={lang} />}
      {body.controls}
      {body.chart}
      {review && <IndicatorReview indicatorId={id} lang={lang} data={review} />}
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">
          {t.claimsBehind} · {[where, ...compared.map((c) => areaLabel(view.areaName(c), lang) ?? c)].join(lang === "zh" ? "、" : ", ")} ({table.total}
          {table.capped ? "+" : ""})
        </h2>
        <div className="actions">
          <a className="button" href={`${path}/csv${toQuery(state, ["area", "compare", "from", "to", "lang"])}`} download>
            {t.downloadCsv}
          </a>
          {table.total > table.items.length && (
            <span className="sub">
              {t.showingFirst} {table.items.length} {t.rows} ·{" "}
              <Link href={href("/claims", { ...state, indicator: id }, ["lang", "area", "indicator", "from", "to"])}>{t.seeAllInExplorer}</Link>
            </span>
          )}
        </div>
        <div className="table-scroll">
          <table data-testid="claims-table" className="stack">
            <thead>
              <tr>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.area}</th>
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
                const link = claimHref(c.articleId, c.id, lang);
                return (
                  <tr key={c.id}>
                    <td data-label={t.period}>{periodText(c.period, c.periodKind, c.asOf, lang)}</td>
                    <td data-label={t.area}>{areaLabel(c.area, lang) ?? t.noArea}</td>
                    <td className="num" data-label={t.value}>
                      {qualifierPrefix(c.qualifier, lang)}
                      {formatValue(c.value, c.unit, lang)}
                      {c.breakdown && <span className="pill">{t.breakdown}</span>}
                    </td>
                    <td data-label={t.status}>{statusName(c.status, lang)}</td>
                    <td data-label={t.quote} lang={zhIn(lang)}>{link ? <a href={link}>{c.quote}</a> : c.quote}</td>
                    <td className="hide-narrow" lang={c.articleTitle ? zhIn(lang) : undefined}>
                      {c.articleTitle ?? "—"}
                    </td>
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

/** 走势图 | 同级比较: the two views of an indicator, as links (the view lives in the URL). */
function ViewTabs({ id, state, lang }: { id: string; state: ViewState; lang: Lang }) {
  const k = keyStrings(lang);
  return (
    <nav className="actions" aria-label={`${k.chartView} / ${k.peersView}`} data-testid="view-tabs">
      <Link className="button" href={viewHref({ page: "indicator", id }, { ...state, period: null })} aria-current={state.view !== "peers" ? "page" : undefined}>
        {k.chartView}
      </Link>
      <Link className="button" href={viewHref({ page: "peers", id }, state)} aria-current={state.view === "peers" ? "page" : undefined}>
        {k.peersView}
      </Link>
    </nav>
  );
}

/** The peers view: the selected area (under area=all, the home area) among the areas with the same parent. */
async function PeersBody({ ind, view, lang }: BodyArgs) {
  const db = await getDb();
  const selected = (view.areaCode && areaByCode(view.areaCode)) || view.home;
  const model = await loadPeers(db, ind, selected, view.state.period);
  return { controls: null, chart: <PeersView model={model} lang={lang} state={view.state} embed={view.state.embed === "1"} /> };
}

interface BodyArgs {
  ind: IndicatorInfo;
  view: ServerView;
  lang: Lang;
  option: (patch: Partial<ViewState>) => string;
}

/** Chinese text (quotes, article titles) on an English page says so, for screen readers and fonts. */
const zhIn = (lang: Lang) => (lang === "en" ? "zh-CN" : undefined);

/** After each value-axis number; money in English goes in the heading instead (CNY 1.2B reads oddly on an axis). */
function unitSuffix(unit: string, lang: Lang): string {
  const word = unitName(unit, lang);
  if (!word || (lang === "en" && UNITS[unit]?.currency)) return "";
  return `${lang === "en" && unit !== "%" ? " " : ""}${word}`;
}

/** What a downloaded chart carries, and its share menu: title, areas, unit, kind of period, source line; link, embed code, CSV. */
function chartExtras(args: { ind: IndicatorInfo; view: ServerView; lang: Lang; names: string[]; kindText: string; articles: number; path: string }) {
  const { ind, view, lang, names, kindText, articles, path } = args;
  const t = dict(lang);
  const unit = unitName(ind.unit, lang);
  const caption = {
    title: `${localName(ind, lang)} · ${listOf(names, lang)}`,
    subtitle: [unit ? `${t.unit}: ${unit}` : t.measureNames[ind.measure], `${t.kindOfPeriod}: ${kindText}`].join(" · "),
    source: sourceLine(articles, lang),
  };
  const state = view.state;
  const share = {
    pageHref: href(path, { ...state, embed: "0" }, INDICATOR_PARAMS),
    embedHref: href(path, { ...state, embed: "1" }, INDICATOR_PARAMS),
    csvHref: `${path}/csv${toQuery(state, ["area", "from", "to", "lang"])}`,
    labels: { share: t.share, link: t.shareLink, embedCode: t.embedCode, copy: t.copy, copied: t.copied, copyFailed: t.copyFailed, downloadCsv: t.downloadCsv },
  };
  return { caption, share };
}

/** Levels, running totals and rates: one line (or bars) per area, one kind of period. */
async function SeriesBody({ ind, view, lang, option }: BodyArgs) {
  const { state } = view;
  const t = dict(lang);
  const db = await getDb();
  const range = dateRange(state);
  const compare = comparedAreas(state, view.areaCode);
  const [own, ...others] = await Promise.all([
    // Quotes cut from their documents for the data table's rows only (TABLE_POINTS): the chart's points show none.
    indicatorSeries(db, ind.id, { ...range, area: view.areaCode }, undefined, TABLE_POINTS),
    ...compare.map((code) => indicatorSeries(db, ind.id, { ...range, area: code }, undefined, TABLE_POINTS)),
  ]);
  const { fills, freq, drawn } = indicatorModel({
    own,
    compared: compare.map((code, i) => ({ code, points: others[i] })),
    selectedCode: view.areaCode,
    freq: state.freq,
    plan: state.plan === "1",
    maxSeries: MAX_SERIES,
    areaName: (code) => areaLabel(view.areaName(code), lang) ?? code,
    noArea: t.noArea,
  });
  const plan = state.plan === "1";
  // A compared area without points gets a sentence saying so, not a legend entry for a line that is not there.
  if (view.areaCode && !drawn.some((d) => d.key === view.areaCode) && compare.length > 0)
    drawn.unshift({ key: view.areaCode, name: areaLabel(view.areaName(view.areaCode), lang) ?? view.areaCode, points: [] });
  const empty = drawn.filter((d) => d.points.length === 0);
  // One axis text per period (three areas and two statuses share each; formatting a period is not free).
  const ticks = new Map<string, string>();
  const tickOf = (p: { period: string | null; freq: Freq; date: string }) => {
    const key = `${p.period}|${p.freq}|${p.date}`;
    let tick = ticks.get(key);
    if (tick === undefined) ticks.set(key, (tick = periodText(p.period, p.freq, p.date, lang)));
    return tick;
  };
  // Packed for the browser (lib/chart-wire.ts): each point's link and its accessible name and tooltip
  // (area, period, reported or planned, value: the quote is one click away, and in the data table) are rebuilt there.
  const packed = packChart(
    drawn
      .filter((d) => d.points.length > 0)
      .map((d, i) => ({
        key: d.key,
        name: d.name,
        who: areaLabel(d.points[0].area, lang) ?? t.noArea,
        colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
        shape: SERIES_SHAPES[i % SERIES_SHAPES.length],
        freq: freq ?? undefined,
        points: d.points.map((p) => ({
          date: p.date,
          tick: tickOf(p),
          period: p.period,
          value: p.value,
          text: `${qualifierPrefix(p.qualifier, lang)}${formatValue(p.value, ind.unit, lang)}`,
          plan: p.status === "plan",
          bound: p.qualifier === "gt" || p.qualifier === "gte",
          articleId: p.articleId,
          claimId: p.claimId,
        })),
      })),
    { reported: t.reported, planned: t.planned },
    lang === "en" ? "?lang=en" : "",
  );
  const series = packed.series;
  const allDrawn = drawn.flatMap((d) => d.points);
  const type = state.chart === "auto" ? autoChartType(ind.measure, allDrawn) : state.chart;
  const name = localName(ind, lang);
  // Ready link: the selected (or home) area beside its city and province.
  const base = (view.areaCode && (areaByCode(view.areaCode) ?? lookupArea(view.areaCode))) || view.home;
  const chain = [...new Set([cityOf(base), provinceOf(base)].filter((a): a is NonNullable<typeof a> => !!a && a.code !== base.code).map((a) => a.code))];
  const compareHref = chain.length ? option({ area: base.code === view.home.code ? null : base.code, compare: chain.join(",") }) : null;
  // 同级比较: the selected area's peers with points for this indicator, added in one click.
  const peers = view.areaCode ? peersToCompare(view.areas, MAX_COMPARE) : [];
  const peersHref = peers.length ? option({ compare: peers.join(",") }) : null;

  const controls = (
    <>
      <nav className="actions" aria-label={t.freq} data-testid="freq-options">
        <span>{t.freq}:</span>
        {fills.map((f) => (
          <Link key={f.freq} className="button" href={option({ freq: f.freq })} aria-current={freq === f.freq ? "true" : undefined}>
            {freq === f.freq ? "✓ " : ""}
            {t.freqNames[f.freq]} ({f.points})
          </Link>
        ))}
      </nav>
      <nav className="actions" aria-label={t.compareWith}>
        {compareHref && (
          <Link className="button" href={compareHref} data-testid="compare-link">
            {t.compareCityProvince}
          </Link>
        )}
        {peersHref && (
          <Link
            className="button"
            href={peersHref}
            data-testid="compare-peers"
            title={AREA_TEXT[lang].comparePeersTitle(peers.map((c) => view.areaName(c) ?? c).join(lang === "zh" ? "、" : ", "))}
          >
            {AREA_TEXT[lang].comparePeers}
          </Link>
        )}
        {state.compare && (
          <Link className="button" href={option({ compare: null })}>
            {t.compareOff}
          </Link>
        )}
        <span>{t.chartType}:</span>
        {(["auto", "line", "bar"] as const).map((c) => (
          <Link key={c} className="button" href={option({ chart: c })} aria-current={state.chart === c ? "true" : undefined}>
            {state.chart === c ? "✓ " : ""}
            {c === "auto" ? t.chartAuto : c === "line" ? t.chartLine : t.chartBar}
          </Link>
        ))}
        <Link className="button" href={option({ plan: plan ? "0" : "1" })} data-on={plan ? "1" : "0"}>
          {plan ? "✓ " : ""}
          {t.showPlan}
        </Link>
      </nav>
    </>
  );
  const chart =
    allDrawn.length === 0 ? (
      <div className="empty" role="status">
        {t.noDataFilter}
      </div>
    ) : (
      <section aria-labelledby="h-chart">
        <h2 id="h-chart">
          {ind.measure === "change_pct" ? t.growthChart : t.levelChart}
          {unitName(ind.unit, lang) ? ` (${unitName(ind.unit, lang)})` : ""} · {freq ? t.freqNames[freq] : ""}
        </h2>
        <p className="sub">{t.clickPointHint}</p>
        {empty.length > 0 && (
          <ul className="sub no-points" data-testid="no-points">
            {empty.map((d) => (
              <li key={d.key} data-area={d.key}>
                {AREA_TEXT[lang].noPoints(d.name)}
              </li>
            ))}
          </ul>
        )}
        <IndicatorChart
          packed={packed}
          bars={type === "bar"}
          unitSuffix={unitSuffix(ind.unit, lang)}
          zh={lang === "zh"}
          fileName={`${ind.id}${state.from ? `_${state.from}` : ""}${state.to ? `_${state.to}` : ""}`}
          labels={{ title: `${t.chartOf}${name}`, downloadSvg: t.downloadSvg, downloadPng: t.downloadPng, legend: t.legend }}
          {...chartExtras({
            ind,
            view,
            lang,
            names: series.map((s) => s.name),
            kindText: freq ? t.freqNames[freq] : "",
            articles: new Set(allDrawn.map((p) => p.articleId).filter((a) => a !== null)).size,
            path: `/indicators/${ind.id}`,
          })}
        />
        {/* The latest points (every point of the chart is a link itself; the explorer and the CSV have them all). */}
        <PointTable
          points={[...allDrawn].sort((a, b) => a.date.localeCompare(b.date))}
          unit={ind.unit}
          lang={lang}
          caption={`${t.chartOf}${name}`}
          last={TABLE_POINTS}
          moreHref={href("/claims", { ...state, indicator: ind.id }, ["lang", "area", "indicator", "from", "to"])}
          moreLabel={t.seeAllInExplorer}
        />
      </section>
    );
  return { controls, chart };
}

/** Events (one project's investment, one signing): bars of the sum per period, the events listed, no line. */
async function EventBody({ ind, view, lang, option }: BodyArgs) {
  const { state } = view;
  const t = dict(lang);
  const db = await getDb();
  const per: "month" | "quarter" = state.freq === "month" ? "month" : "quarter";
  const { buckets, events } = await eventSeries(db, ind.id, { ...dateRange(state), area: view.areaCode }, per);
  const name = localName(ind, lang);
  const byBucket = new Map<string, EventItem[]>();
  for (const e of events) {
    if (!byBucket.has(e.bucket)) byBucket.set(e.bucket, []);
    byBucket.get(e.bucket)!.push(e);
  }
  const sumText = (sum: number, bound: boolean) => `${bound ? qualifierPrefix("gt", lang) : ""}${formatValue(sum, ind.unit, lang)}`;
  const series: ChartSeries[] = [
    {
      key: view.areaCode ?? "all",
      name: view.areaCode ? (areaLabel(view.areaName(view.areaCode), lang) ?? "") : t.allAreas,
      colour: SERIES_COLOURS[0],
      shape: "square",
      points: buckets.map((b) => ({
        date: b.date,
        tick: periodText(b.bucket, per, b.date, lang),
        value: b.sum,
        plan: false,
        bound: b.lowerBound,
        href: `#bucket-${b.bucket}`,
        label: `${periodText(b.bucket, per, b.date, lang)} ${t.eventsSum}: ${sumText(b.sum, b.lowerBound)} · ${countOf(b.count, "events", lang)}`,
        bucket: b.bucket,
      })),
    },
  ];
  const controls = (
    <nav className="actions" aria-label={t.freq} data-testid="freq-options">
      <span>{t.freq}:</span>
      {(["quarter", "month"] as const).map((f) => (
        <Link key={f} className="button" href={option({ freq: f })} aria-current={per === f ? "true" : undefined}>
          {per === f ? "✓ " : ""}
          {t.eventsPer[f]}
        </Link>
      ))}
    </nav>
  );
  const chart =
    events.length === 0 ? (
      <div className="empty" role="status">
        {t.noDataFilter}
      </div>
    ) : (
      <section aria-labelledby="h-chart">
        <h2 id="h-chart">
          {t.eventsPer[per]}
          {unitName(ind.unit, lang) ? ` (${unitName(ind.unit, lang)})` : ""}
        </h2>
        <p className="sub">{t.eventsNote}</p>
        {buckets.length > 0 && (
          <IndicatorChart
            series={series}
            bars
            unitSuffix={unitSuffix(ind.unit, lang)}
            zh={lang === "zh"}
            fileName={`${ind.id}_${per}`}
            labels={{ title: `${t.chartOf}${name}, ${t.eventsPer[per]}`, downloadSvg: t.downloadSvg, downloadPng: t.downloadPng, legend: t.legend }}
            {...chartExtras({
              ind,
              view,
              lang,
              names: series.map((s) => s.name),
              kindText: t.eventsPer[per],
              articles: new Set(events.map((e) => e.articleId).filter((a) => a !== null)).size,
              path: `/indicators/${ind.id}`,
            })}
          />
        )}
        <h3>{t.eventsList}</h3>
        <div data-testid="event-list">
          {[...byBucket.entries()].reverse().map(([bucket, items]) => {
            const b = buckets.find((x) => x.bucket === bucket);
            return (
              <section key={bucket} id={`bucket-${bucket}`} className="event-bucket" data-bucket={bucket} aria-label={periodText(bucket, per, null, lang)}>
                <h4>
                  {periodText(bucket, per, null, lang)}
                  {b && (
                    <span className="sub">
                      {" "}
                      · {t.eventsSum} {sumText(b.sum, b.lowerBound)} · {countOf(b.count, "events", lang)}
                    </span>
                  )}
                </h4>
                {b && items.filter((e) => e.status !== "plan").length < b.count && (
                  <p className="sub" data-testid="bucket-more">
                    {t.showingFirst} {items.filter((e) => e.status !== "plan").length} / {b.count} {t.eventsCount} ·{" "}
                    <Link href={href("/claims", { ...state, indicator: ind.id }, ["lang", "area", "indicator"])}>{t.seeAllInExplorer}</Link>
                  </p>
                )}
                <ul className="claims">
                  {items.map((e) => {
                    const link = claimHref(e.articleId, e.claimId, lang);
                    return (
                      <li key={e.claimId} data-testid="event" data-value={e.value} data-status={e.status}>
                        <strong>
                          {qualifierPrefix(e.qualifier, lang)}
                          {formatValue(e.value, ind.unit, lang)}
                        </strong>
                        {e.status === "plan" && <span className="pill plan">{t.plan}</span>} · {periodText(null, "day", e.date, lang)} ·{" "}
                        {areaLabel(e.area, lang) ?? t.noArea}
                        <blockquote lang={zhIn(lang)}>{link ? <a href={link}>{e.quote}</a> : e.quote}</blockquote>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
    );
  return { controls, chart };
}
