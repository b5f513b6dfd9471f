// Overview: area, sector and range filter; first the 主要经济指标 (key
// indicators) table of the area, then headline cards, one small chart per
// series with at least two points (an indicator in an area), latest claims.
// The shapes come from lib/models (overviewModel's parts); this page renders.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import {
  countClaims,
  eventSeries,
  hasUnassignedArea,
  latestClaims,
  listIndicators,
  seriesSummaries,
  statedGrowth,
  type SeriesPoint,
  type StatedGrowth,
} from "@/db/queries";
import { SECTORS } from "@/extract/types";
import { areaLabel } from "@/lib/area-en";
import { countOf, dict, filterLabels, formatValue, localName, periodText, qualifierPrefix, sectorName, type Lang } from "@/lib/i18n";
import { claimHref } from "@/lib/links";
import { latestAndComparable } from "@/lib/series";
import { siteBase } from "@/lib/site";
import { dateRange, href, INDICATOR_PARAMS, OG_PARAMS, OVERVIEW_PARAMS, toQuery, type ViewState } from "@/lib/url-state";
import { readView } from "@/lib/view";
import { areaByCode } from "@/lib/areas";
import { CATALOGUE_ORDER, loadKeyIndicators } from "@/lib/loaders/overview";
import { smallMultiples, withEnoughEvents, type SmallMultiple } from "@/lib/models/overview";
import { KeyIndicators } from "./_components/KeyIndicators";
import { FilterBar } from "./_components/FilterBar";
import { Shell } from "./_components/Shell";
import { indicatorLink, SmallMultiples } from "./_components/SmallMultiples";
import { OpenConflicts } from "./_components/review/OpenConflicts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state, areaCode, areaName } = await readView(await getDb(), await searchParams, OVERVIEW_PARAMS);
  const t = dict(state.lang);
  const scope = state.sector === "all" ? t.allSectors : sectorName(state.sector, state.lang);
  const where = areaCode ? areaName(areaCode) : t.allAreas;
  const range = state.from || state.to ? [state.from ?? "…", state.to ?? "…"].join(" – ") : t.allDates;
  const title = `${where} · ${scope} · ${t.appTitle}`;
  const description = `${t.charts}: ${where} · ${scope}, ${range}. ${t.appTagline}`;
  const og = `/og${toQuery(state, OG_PARAMS)}`;
  return {
    metadataBase: siteBase(),
    title,
    description,
    openGraph: { title, description, images: [{ url: og, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [og] },
  };
}

type Group = SmallMultiple;

/** Series read for the small multiples (the best-documented), over every area and for one area. */
const MAX_SERIES_ALL = 24;
const MAX_SERIES_AREA = 24;
/**
 * Small multiples drawn at most (the best-documented of those with ≥ 2 points);
 * a link leads to the rest. Twelve, not 24: every chart is sent twice (HTML and
 * React's payload) and the key-indicators table above lists each indicator
 * with its trend.
 */
const MAX_DRAWN = 12;
/** Dates a small multiple draws (its table shows the last four; the indicator page has them all). */
const SMALL_POINTS = 12;

export default async function OverviewPage({ searchParams }: Props) {
  await connection();
  const db = await getDb();
  const view = await readView(db, await searchParams, OVERVIEW_PARAMS);
  const { state, notices, areaCode } = view;
  const lang = state.lang;
  const t = dict(lang);
  const filter = { area: areaCode, sector: state.sector, ...dateRange(state) };
  // The key-indicators table is one area's: under area=all, the home area's.
  const keyArea = areaCode ?? view.home.code;
  const parent = areaByCode(keyArea)?.parent;
  const maxSeries = state.area === "all" ? MAX_SERIES_ALL : MAX_SERIES_AREA;
  const [series, latest, any, indicators, unassigned, keyModel] = await Promise.all([
    // Every area at once would be hundreds of charts: the most documented series only (the explorer has the rest).
    seriesSummaries(db, filter, SMALL_POINTS, maxSeries),
    latestClaims(db, filter),
    countClaims(db),
    listIndicators(db),
    hasUnassignedArea(db),
    loadKeyIndicators(db, keyArea, state.period),
  ]);
  const candidates = smallMultiples(series, indicators, CATALOGUE_ORDER);
  // Stated growth of every level series' latest point, read beside the event sums rather than after them (the
  // headline cards, picked once the sums are known, show four of these): one round trip less.
  const levelLasts = candidates.filter((g) => g.ind.kind !== "event").flatMap((g) => latestAndComparable(g.all, g.freq).last ?? []);
  const [growth] = await Promise.all([
    statedGrowth(db, levelLasts.map((p) => p.claimId)),
    // Event indicators are summed per quarter (one project's figure is no level that moves in time).
    ...candidates
      .filter((g) => g.ind.kind === "event")
      .map(async (g) => {
        // The sums per quarter only (limit 0): no events are read for a small chart.
        g.events = (await eventSeries(db, g.ind.id, { ...filter, area: g.areaCode ?? "none", sector: null }, "quarter", 0)).buckets;
      }),
  ]);
  const list = withEnoughEvents(candidates);
  // The grid: the best-documented MAX_DRAWN, kept in catalogue order.
  const drawnSet = new Set([...list].sort((a, b) => b.claims - a.claims).slice(0, MAX_DRAWN));
  const drawn = list.filter((g) => drawnSet.has(g));
  const more = list.length > drawn.length || series.length >= maxSeries;
  // Headline: series with reported figures, the best-documented first.
  const actualPoints = (g: Group) => g.points.filter((p) => p.status !== "plan").length;
  const headline = list
    .filter((g) => (g.events ? g.events.length > 0 : actualPoints(g) > 0))
    .sort((a, b) => Math.min(actualPoints(b), 2) - Math.min(actualPoints(a), 2) || b.claims - a.claims || a.ind.id.localeCompare(b.ind.id))
    .slice(0, 4);
  const sectors = SECTORS.map((id) => ({ id, name: sectorName(id, lang) }));
  const scope = state.sector === "all" ? t.allSectors : sectorName(state.sector, lang);
  const where = areaCode ? areaLabel(view.areaName(areaCode), lang) : t.allAreas;

  return (
    <Shell lang={lang} path="/" state={state} accepted={OVERVIEW_PARAMS} notices={notices} active="overview" filters>
      <h1>{t.appTitle}</h1>
      <p className="sub">{t.appTagline}</p>
      <OpenConflicts lang={lang} place="banner" />
      <FilterBar path="/" state={state} accepted={OVERVIEW_PARAMS} sectors={sectors} areas={view.areas} homeCode={view.home.code} labels={filterLabels(lang)} />
      {unassigned && areaCode && (
        <p className="sub" role="note" data-testid="unassigned-note">
          {t.unassignedAreas} <Link href={href("/", { ...state, area: "all" }, OVERVIEW_PARAMS)}>{t.showAllAreas}</Link>
        </p>
      )}
      {any === 0 ? (
        <div className="empty" role="status">
          <p>
            <strong>{t.noData}</strong>
          </p>
          <p>{t.noDataHow}</p>
        </div>
      ) : list.length === 0 && keyModel.rows === 0 ? (
        <div className="empty" role="status" data-testid="empty-filter">
          {t.noDataFilter}
        </div>
      ) : (
        <>
          <KeyIndicators model={keyModel} lang={lang} state={state} areaCode={keyArea} parentName={parent ? (areaByCode(parent)?.name ?? null) : null} />
          <section aria-labelledby="h-headline">
            <h2 id="h-headline">
              {t.headline} · {where} · {scope}
            </h2>
            <div className="cards">
              {headline.map((g) => (
                <HeadlineCard key={`${g.ind.id}|${g.areaCode}`} g={g} lang={lang} state={state} growth={growth} />
              ))}
            </div>
          </section>
          <OpenConflicts lang={lang} place="note" />
          <section aria-labelledby="h-charts">
            <h2 id="h-charts">{t.charts}</h2>
            <SmallMultiples groups={drawn} lang={lang} state={state} />
            {more && (
              <p data-testid="more-series">
                <Link href={href("/claims", state, ["lang", "area", "sector", "from", "to"])}>{t.moreSeries} →</Link>
              </p>
            )}
          </section>
        </>
      )}
      {latest.length > 0 && (
        <section aria-labelledby="h-latest">
          <h2 id="h-latest">{t.latestClaims}</h2>
          <ul className="claims latest">
            {latest.map((c) => {
              const link = claimHref(c.articleId, c.id, lang);
              return (
                <li key={c.id}>
                  <div>
                    <strong>
                      {qualifierPrefix(c.qualifier, lang)}
                      {formatValue(c.value, c.unit, lang)}
                    </strong>{" "}
                    · {c.metric}
                    {c.status === "plan" && <span className="pill plan">{t.plan}</span>}
                  </div>
                  <blockquote>{link ? <a href={link}>{c.quote}</a> : c.quote}</blockquote>
                  <div className="meta">
                    {periodText(c.period, c.periodKind, c.asOf, lang)} · {areaLabel(c.area, lang) ?? t.noArea} · {sectorName(c.sector, lang)}
                    {c.articleTitle ? " · " : ""}
                    {c.articleTitle && <span lang={lang === "en" ? "zh-CN" : undefined}>{c.articleTitle}</span>}
                  </div>
                </li>
              );
            })}
          </ul>
          <p>
            <Link href={href("/claims", state, ["lang", "area", "sector", "from", "to"])}>{t.seeAllInExplorer} →</Link>
          </p>
        </section>
      )}
    </Shell>
  );
}

function changeText(last: SeriesPoint, prev: SeriesPoint, unit: string, lang: Lang): { text: string; dir: string } {
  const diff = last.value - prev.value;
  const dir = diff > 0 ? "up" : diff < 0 ? "down" : "";
  const arrow = diff > 0 ? "▲" : diff < 0 ? "▼" : "＝";
  if (unit === "%") return { text: `${arrow} ${Math.abs(diff).toFixed(1)} ${lang === "zh" ? "个百分点" : "pp"}`, dir };
  if (prev.value !== 0) return { text: `${arrow} ${Math.abs((diff / prev.value) * 100).toFixed(1)}%`, dir };
  return { text: `${arrow} ${formatValue(Math.abs(diff), unit, lang)}`, dir };
}

function HeadlineCard({ g, lang, state, growth }: { g: Group; lang: Lang; state: ViewState; growth: Map<number, StatedGrowth> }) {
  const t = dict(lang);
  const title = (
    <h3>
      <Link href={indicatorLink(g, state)}>{localName(g.ind, lang)}</Link>
    </h3>
  );
  const areaLine = areaLabel(g.area, lang) ?? t.noArea;
  if (g.events) {
    const b = g.events[g.events.length - 1];
    return (
      <article className="card" data-testid="headline-card" data-indicator={g.ind.id} data-area={g.areaCode ?? ""} data-kind="event">
        {title}
        <div className="big">
          {b.lowerBound ? qualifierPrefix("gt", lang) : ""}
          {formatValue(b.sum, g.ind.unit, lang)}
        </div>
        <div className="meta">
          {areaLine} · {t.latestPeriodTotal} · {periodText(b.bucket, "quarter", b.date, lang)} · {countOf(b.count, "events", lang)}
        </div>
        <div className="meta" data-testid="card-change">
          {t.eventsPer.quarter}
        </div>
      </article>
    );
  }
  const { last, prev } = latestAndComparable(g.all, g.freq);
  if (!last) return null;
  const link = claimHref(last.articleId, last.claimId, lang);
  const stated = growth.get(last.claimId);
  const change = prev ? changeText(last, prev, g.ind.unit, lang) : null;
  return (
    <article
      className="card"
      data-testid="headline-card"
      data-indicator={g.ind.id}
      data-area={g.areaCode ?? ""}
      data-last-claim={last.claimId}
      data-prev-claim={prev?.claimId ?? ""}
    >
      {title}
      <div className="big">
        {qualifierPrefix(last.qualifier, lang)}
        {formatValue(last.value, g.ind.unit, lang)}
      </div>
      <div className="meta">
        {areaLine} · {t.latestValue} · {periodText(last.period, last.freq, last.date, lang)}
      </div>
      <div className={`meta ${change?.dir ?? ""}`} data-testid="card-change">
        {change ? `${change.text} ${t.vsComparable[g.freq]} (${periodText(prev!.period, prev!.freq, prev!.date, lang)})` : t.noComparable}
      </div>
      {stated && (
        <div className="meta" data-testid="stated-growth">
          <a href={claimHref(stated.articleId, stated.growthClaimId, lang) ?? undefined}>
            {t.statedGrowth} {qualifierPrefix(stated.qualifier, lang)}
            {stated.value > 0 ? "+" : ""}
            {formatValue(stated.value, "%", lang)}
          </a>
        </div>
      )}
      {link && (
        <div className="meta">
          <a href={link}>
            {t.source}: <span lang={lang === "en" ? "zh-CN" : undefined}>{last.articleTitle ?? last.quote}</span>
          </a>
        </div>
      )}
    </article>
  );
}
