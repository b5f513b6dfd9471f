// Claims explorer: every claim, filtered, sorted and paginated on the server.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { indicatorsWithClaims, listIndicators, listUnits, searchClaims } from "@/db/queries";
import { areaLabel } from "@/lib/area-en";
import { groupBySector } from "@/lib/indicator-groups";
import { isKnownUnit } from "@/lib/units";
import { claimHref } from "@/lib/links";
import { readView } from "@/lib/view";
import { SECTORS } from "@/extract/types";
import { countOf, dict, formatValue, localName, periodText, provenance, qualifierPrefix, sectorName, statusName, unitName } from "@/lib/i18n";
import { CLAIMS_PARAMS, claimQueryOf, href, INDICATOR_PARAMS, parseView, toQuery } from "@/lib/url-state";
import { AreaOptions } from "../_components/AreaOptions";
import { Fold } from "../_components/Fold";
import { Shell } from "../_components/Shell";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = parseView(await searchParams, CLAIMS_PARAMS);
  const t = dict(state.lang);
  return { title: `${t.navClaims} · ${t.appTitle}` };
}

export default async function ClaimsPage({ searchParams }: Props) {
  await connection();
  const db = await getDb();
  const view = await readView(db, await searchParams, CLAIMS_PARAMS);
  const { state, notices } = view;
  const lang = state.lang;
  const t = dict(lang);
  const page = Number(state.page);
  const query = claimQueryOf(state, view.home.code);
  const [indicators, having, units, result] = await Promise.all([
    listIndicators(db),
    indicatorsWithClaims(db),
    listUnits(db),
    searchClaims(db, query, page, PAGE_SIZE),
  ]);
  const names = new Map(indicators.map((i) => [i.id, i]));
  // The filter offers indicators with claims (the one in the URL too, so the form shows what is filtered), by sector.
  const groups = groupBySector(indicators, lang, state.indicator ? new Set([...having, state.indicator]) : having);
  // Real units only (an extractor's stray 县 or 层 is no unit to filter by), and the one in the URL.
  const unitChoices = units.filter((u) => isKnownUnit(u) || u === state.unit);
  const zhText = lang === "en" ? "zh-CN" : undefined;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const exportQuery = toQuery({ ...state, page: "1" }, CLAIMS_PARAMS);
  // The folded form's summary line on a phone: what is filtered, or that nothing is.
  const filterSummary =
    [
      state.area === "all" ? t.allAreas : view.areaName(view.areaCode),
      state.sector !== "all" ? sectorName(state.sector, lang) : null,
      state.indicator ? (indicators.find((i) => i.id === state.indicator) ? localName(indicators.find((i) => i.id === state.indicator)!, lang) : null) : null,
      state.unit,
      state.status !== "all" ? (state.status === "plan" ? t.plan : t.actual) : null,
      state.period,
      state.from || state.to ? `${state.from ?? "…"}–${state.to ?? "…"}` : null,
      state.q ? `“${state.q}”` : null,
    ]
      .filter(Boolean)
      .join(" · ");
  const exportHref = (format: string) => `/claims/export${exportQuery ? `${exportQuery}&` : "?"}format=${format}`;

  return (
    <Shell lang={lang} path="/claims" state={state} accepted={CLAIMS_PARAMS} notices={notices} active="claims" filters>
      <h1>{t.navClaims}</h1>
      {/* A plain GET form: the URL is the state; empty fields are dropped by the parser. */}
      <Fold summary={`${t.filter}: ${filterSummary}`}>
      <form className="filters" method="get" action="/claims">
        <label>
          {t.area}
          <select name="area" defaultValue={state.area ?? view.home.code} aria-label={t.area}>
            <option value="all">{t.allAreas}</option>
            <AreaOptions areas={view.areas} lang={lang} all={state.area === "all"} />
          </select>
        </label>
        <label>
          {t.sector}
          <select name="sector" defaultValue={state.sector} aria-label={t.sector}>
            <option value="all">{t.allSectors}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {sectorName(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.indicator}
          <select name="indicator" defaultValue={state.indicator ?? ""}>
            <option value="">{t.all}</option>
            {groups.map((g) => (
              <optgroup key={g.sector} label={g.name}>
                {g.indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {localName(i, lang)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t.unit}
          <select name="unit" defaultValue={state.unit ?? ""}>
            <option value="">{t.all}</option>
            {unitChoices.map((u) => (
              <option key={u} value={u}>
                {unitName(u, lang) || (lang === "zh" ? "指数" : "Index")}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.status}
          <select name="status" defaultValue={state.status}>
            <option value="all">{t.all}</option>
            <option value="actual">{t.actual}</option>
            <option value="plan">{t.plan}</option>
          </select>
        </label>
        <label>
          {t.period}
          <input name="period" defaultValue={state.period ?? ""} placeholder="2025 / 2025-05 / 2025-Q1" size={12} />
        </label>
        <label>
          {t.from}
          <input type="month" name="from" defaultValue={state.from ?? ""} />
        </label>
        <label>
          {t.to}
          <input type="month" name="to" defaultValue={state.to ?? ""} />
        </label>
        <label>
          {t.text}
          <input type="search" name="q" defaultValue={state.q ?? ""} size={14} />
        </label>
        <label>
          {t.sort}
          <select name="sort" defaultValue={state.sort}>
            {Object.entries(t.sortNames).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        {lang !== "zh" && <input type="hidden" name="lang" value={lang} />}
        <button type="submit">{t.filter}</button>
        <a className="button" href={href("/claims", { lang }, ["lang"])}>
          {t.reset}
        </a>
      </form>
      </Fold>
      <div className="actions">
        <span role="status">
          {countOf(result.total, "results", lang)}
        </span>
        <a className="button" href={exportHref("csv")}>
          {t.exportCsv}
        </a>
        <a className="button" href={exportHref("json")}>
          {t.exportJson}
        </a>
      </div>
      {result.total === 0 ? (
        <div className="empty">{t.noDataFilter}</div>
      ) : (
        <div className="table-scroll">
          <table data-testid="claims-table">
            <thead>
              <tr>
                <th scope="col" aria-sort={state.sort === "date_desc" ? "descending" : state.sort === "date_asc" ? "ascending" : undefined}>
                  <Link href={href("/claims", { ...state, sort: state.sort === "date_desc" ? "date_asc" : "date_desc", page: "1" }, CLAIMS_PARAMS)}>
                    {t.period} {state.sort === "date_desc" ? "▼" : state.sort === "date_asc" ? "▲" : ""}
                  </Link>
                </th>
                <th scope="col" className="num" aria-sort={state.sort === "value_desc" ? "descending" : state.sort === "value_asc" ? "ascending" : undefined}>
                  <Link href={href("/claims", { ...state, sort: state.sort === "value_desc" ? "value_asc" : "value_desc", page: "1" }, CLAIMS_PARAMS)}>
                    {t.value} {state.sort === "value_desc" ? "▼" : state.sort === "value_asc" ? "▲" : ""}
                  </Link>
                </th>
                <th scope="col">{t.area}</th>
                <th scope="col">{t.metric}</th>
                <th scope="col">{t.quote}</th>
                <th scope="col" className="hide-narrow">
                  {t.indicator}
                </th>
                <th scope="col" className="hide-narrow">
                  {t.status}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => {
                const link = claimHref(c.articleId, c.id, lang);
                return (
                  <tr key={c.id}>
                    <td data-period={c.period ?? c.asOf ?? ""}>{periodText(c.period, c.periodKind, c.asOf, lang)}</td>
                    <td className="num">
                      {qualifierPrefix(c.qualifier, lang)}
                      {formatValue(c.value, c.unit, lang)}
                    </td>
                    <td title={provenance("area", c.area, c.areaSource, c.areaCue, lang)}>{areaLabel(c.area, lang) ?? t.noArea}</td>
                    <td lang={zhText}>{c.metric}</td>
                    <td lang={zhText}>{link ? <a href={link}>{c.quote}</a> : c.quote}</td>
                    <td className="hide-narrow">
                      {c.indicatorId ? (
                        <Link href={href(`/indicators/${c.indicatorId}`, { lang }, INDICATOR_PARAMS)} title={`API: ${c.indicatorId}`}>
                          {names.get(c.indicatorId) ? localName(names.get(c.indicatorId)!, lang) : c.indicatorId}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="hide-narrow">{statusName(c.status, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t.page}>
        {page > 1 && <Link href={href("/claims", { ...state, page: String(page - 1) }, CLAIMS_PARAMS)}>← {t.prev}</Link>}
        <span>
          {lang === "zh" ? `第 ${Math.min(page, pages)} / ${pages} 页` : `${t.page} ${Math.min(page, pages)} / ${pages}`}
        </span>
        {page < pages && <Link href={href("/claims", { ...state, page: String(page + 1) }, CLAIMS_PARAMS)}>{t.next} →</Link>}
      </nav>
    </Shell>
  );
}
