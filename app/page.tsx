// Overview: sector and range filter, headline cards, one small chart per indicator, latest claims.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { countClaims, indicatorSummaries, latestClaims, type IndicatorSummary, type SeriesPoint } from "@/db/queries";
import { SECTORS } from "@/extract/types";
import { dict, formatValue, qualifierPrefix, sectorName, unitName, type Lang } from "@/lib/i18n";
import { href, monthEnd, monthStart, OVERVIEW_PARAMS, parseView, toQuery, INDICATOR_PARAMS, type ViewState } from "@/lib/url-state";
import { siteBase } from "@/lib/site";
import { FilterBar } from "./_components/FilterBar";
import { PointTable, claimHref } from "./_components/PointTable";
import { Shell } from "./_components/Shell";
import { Sparkline } from "./_components/Sparkline";
import { OpenConflicts } from "./_components/review/OpenConflicts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = parseView(await searchParams, OVERVIEW_PARAMS);
  const t = dict(state.lang);
  const scope = state.sector === "all" ? t.allSectors : sectorName(state.sector, state.lang);
  const range = state.from || state.to ? [state.from ?? "…", state.to ?? "…"].join(" – ") : t.allDates;
  const title = `${t.appTitle} · ${scope}`;
  const description = `${t.charts}: ${scope}, ${range}. ${t.appTagline}`;
  const og = `/og${toQuery(state, OVERVIEW_PARAMS)}`;
  return {
    metadataBase: await siteBase(),
    title,
    description,
    openGraph: { title, description, images: [{ url: og, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [og] },
  };
}

export default async function OverviewPage({ searchParams }: Props) {
  await connection();
  const { state, notices } = parseView(await searchParams, OVERVIEW_PARAMS);
  const lang = state.lang;
  const t = dict(lang);
  const db = await getDb();
  const filter = {
    sector: state.sector,
    from: state.from ? monthStart(state.from) : null,
    to: state.to ? monthEnd(state.to) : null,
  };
  const [summaries, latest, any] = await Promise.all([indicatorSummaries(db, filter), latestClaims(db, filter), countClaims(db)]);
  // Headline: indicators with reported (not only planned) figures, the best-documented first.
  const actualPoints = (s: IndicatorSummary) => s.points.filter((p) => p.status !== "plan").length;
  const headline = summaries
    .filter((s) => actualPoints(s) > 0)
    .sort((a, b) => Math.min(actualPoints(b), 2) - Math.min(actualPoints(a), 2) || b.claims - a.claims || a.id.localeCompare(b.id))
    .slice(0, 4);
  const sectors = SECTORS.map((id) => ({ id, name: sectorName(id, lang) }));
  const scope = state.sector === "all" ? t.allSectors : sectorName(state.sector, lang);

  return (
    <Shell lang={lang} path="/" state={state} accepted={OVERVIEW_PARAMS} notices={notices} active="overview">
      <h1>{t.appTitle}</h1>
      <p className="sub">{t.appTagline}</p>
      <OpenConflicts lang={lang} />
      <FilterBar
        path="/"
        state={state}
        accepted={OVERVIEW_PARAMS}
        sectors={sectors}
        labels={{ sector: t.sector, allSectors: t.allSectors, from: t.from, to: t.to, apply: t.apply, reset: t.reset, loading: t.loading }}
      />
      {any === 0 ? (
        <div className="empty" role="status">
          <p>
            <strong>{t.noData}</strong>
          </p>
          <p>{t.noDataHow}</p>
        </div>
      ) : summaries.length === 0 ? (
        <div className="empty" role="status" data-testid="empty-filter">
          {t.noDataFilter}
        </div>
      ) : (
        <>
          <section aria-labelledby="h-headline">
            <h2 id="h-headline">
              {t.headline} · {scope}
            </h2>
            <div className="cards">
              {headline.map((s) => (
                <HeadlineCard key={s.id} s={s} lang={lang} state={state} />
              ))}
            </div>
          </section>
          <section aria-labelledby="h-charts">
            <h2 id="h-charts">{t.charts}</h2>
            <div className="legend" aria-hidden="true">
              <span>{t.reported}</span>
              <span className="l-plan">{t.planned}</span>
              <span className="l-bound">{t.lowerBound}</span>
            </div>
            <div className="grid" data-testid="chart-grid">
              {summaries.map((s) => (
                <SmallChart key={s.id} s={s} lang={lang} state={state} />
              ))}
            </div>
          </section>
        </>
      )}
      {latest.length > 0 && (
        <section aria-labelledby="h-latest">
          <h2 id="h-latest">{t.latestClaims}</h2>
          <ul className="claims">
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
                    {c.asOf ?? c.period ?? "—"} · {sectorName(c.sector, lang)}
                    {c.articleTitle ? ` · ${c.articleTitle}` : ""}
                  </div>
                </li>
              );
            })}
          </ul>
          <p>
            <Link href={href("/claims", state, ["lang", "sector", "from", "to"])}>{t.seeAllInExplorer} →</Link>
          </p>
        </section>
      )}
    </Shell>
  );
}

function indicatorName(s: { nameZh: string; nameEn: string }, lang: Lang): string {
  return lang === "zh" ? s.nameZh : s.nameEn;
}

function lastTwo(points: SeriesPoint[]): [SeriesPoint | undefined, SeriesPoint | undefined] {
  const actual = points.filter((p) => p.status !== "plan");
  const last = actual[actual.length - 1];
  // A running total compared with a per-period figure is no change at all.
  const prev = last && actual.slice(0, -1).findLast((p) => p.cumulative === last.cumulative);
  return [last, prev];
}

function HeadlineCard({ s, lang, state }: { s: IndicatorSummary; lang: Lang; state: ViewState }) {
  const t = dict(lang);
  const [last, prev] = lastTwo(s.points);
  const link = last ? claimHref(last.articleId, last.claimId, lang) : null;
  let change: string | null = null;
  let dir = "";
  if (last && prev) {
    const diff = last.value - prev.value;
    dir = diff > 0 ? "up" : diff < 0 ? "down" : "";
    const arrow = diff > 0 ? "▲" : diff < 0 ? "▼" : "＝";
    if (s.unit === "%") change = `${arrow} ${Math.abs(diff).toFixed(1)} ${lang === "zh" ? "个百分点" : "pp"}`;
    else if (prev.value !== 0) change = `${arrow} ${Math.abs((diff / prev.value) * 100).toFixed(1)}%`;
    else change = `${arrow} ${formatValue(Math.abs(diff), s.unit, lang)}`;
  }
  return (
    <article className="card" data-testid="headline-card">
      <h3>
        <Link href={href(`/indicators/${s.id}`, state, INDICATOR_PARAMS)}>{indicatorName(s, lang)}</Link>
      </h3>
      {last ? (
        <>
          <div className="big">
            {qualifierPrefix(last.qualifier, lang)}
            {formatValue(last.value, s.unit, lang)}
          </div>
          <div className="meta">
            {t.latestValue} · {last.date}
          </div>
          <div className={`meta ${dir}`}>
            {change ? `${change} ${t.vsPrevious} (${prev!.date})` : t.noPrevious}
          </div>
          {link && (
            <div className="meta">
              <a href={link}>
                {t.source}: {last.articleTitle ?? last.quote}
              </a>
            </div>
          )}
        </>
      ) : (
        <div className="meta">{t.plan}</div>
      )}
    </article>
  );
}

function SmallChart({ s, lang, state }: { s: IndicatorSummary; lang: Lang; state: ViewState }) {
  const t = dict(lang);
  const name = indicatorName(s, lang);
  return (
    <article className="card" data-testid="small-chart" data-indicator={s.id} data-sector={s.sector}>
      <h3>
        <Link href={href(`/indicators/${s.id}`, state, INDICATOR_PARAMS)}>{name}</Link>
      </h3>
      <div className="meta">
        {sectorName(s.sector, lang)} · {unitName(s.unit, lang) || s.unit} · {t.measureNames[s.measure] ?? s.measure}
      </div>
      <Sparkline points={s.points} label={`${t.chartOf}${name}, ${s.points.length} ${t.points}`} />
      {s.points.length > 0 && (
        <div className="meta">
          {s.points[s.points.length - 1].date}: {qualifierPrefix(s.points[s.points.length - 1].qualifier, lang)}
          {formatValue(s.points[s.points.length - 1].value, s.unit, lang)}
          {s.points[s.points.length - 1].status === "plan" ? ` (${t.plan})` : ""}
        </div>
      )}
      <PointTable points={s.points} unit={s.unit} lang={lang} caption={name} last={6} moreHref={href(`/indicators/${s.id}`, state, INDICATOR_PARAMS)} />
    </article>
  );
}
