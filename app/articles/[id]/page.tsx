// One article: its text with every claim highlighted (rendered as text, never as HTML),
// its date and how that was known, the original URL, and its claims.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getArticle, listIndicators } from "@/db/queries";
import { areaLabel } from "@/lib/area-en";
import { dict, formatValue, localName, periodText, provenance, qualifierPrefix, sectorName } from "@/lib/i18n";
import { splitHighlights } from "@/lib/highlight";
import { ARTICLE_PARAMS, href, INDICATOR_PARAMS, parseView } from "@/lib/url-state";
import { ClaimTarget } from "../../_components/ClaimTarget";
import { Shell } from "../../_components/Shell";
import { ArticleReview } from "../../_components/review/ArticleReview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ArticleId = z.coerce.number().int().positive().max(2_147_483_647);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { state } = parseView(await searchParams, ARTICLE_PARAMS);
  const id = ArticleId.safeParse((await params).id);
  const a = id.success ? await getArticle(await getDb(), id.data) : null;
  return { title: `${a?.title ?? dict(state.lang).notFound} · ${dict(state.lang).appTitle}` };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const { state, notices } = parseView(await searchParams, ARTICLE_PARAMS);
  const lang = state.lang;
  const t = dict(lang);
  const rawId = (await params).id;
  const id = ArticleId.safeParse(rawId);
  const a = id.success ? await getArticle(await getDb(), id.data) : null;
  const path = `/articles/${rawId}`;
  // Before anything streams (no loading boundary above this page), so the answer is a real 404.
  if (!a) notFound();
  const pieces = splitHighlights(a.text, a.claimSpans);
  const names = new Map((await listIndicators(await getDb())).map((i) => [i.id, i]));
  // The article is Chinese whatever the page's language: said so for screen readers and fonts.
  const zhText = lang === "en" ? "zh-CN" : undefined;
  return (
    <Shell lang={lang} path={path} state={state} accepted={ARTICLE_PARAMS} notices={notices}>
      <ClaimTarget />
      <h1 lang={zhText}>{a.title}</h1>
      <dl className="sub facts">
        <div>
          <dt>{t.published}</dt>
          <dd>
            {periodText(null, "day", a.publishedAt, lang)} ({t.dateKnown}: {t.dateSourceNames[a.dateSource] ?? a.dateSource})
          </dd>
        </div>
        <div>
          <dt>{t.document}</dt>
          <dd>
            {a.source ? `${a.source} · ` : ""}
            {a.documentTitle ?? a.fileName}
          </dd>
        </div>
        {a.sourceUrl && /^https?:\/\//i.test(a.sourceUrl) && (
          <div>
            <dt>{t.originalUrl}</dt>
            <dd>
              <a href={a.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                {a.sourceUrl}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {/* Text children only: markup inside a document shows as text. */}
      <div className="article-text" data-testid="article-text" lang={zhText}>
        {pieces.map((p, i) =>
          p.claimId !== undefined ? (
            <mark key={i} id={`claim-${p.claimId}`} tabIndex={-1}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </div>
      <h2>
        {t.claimsInArticle} ({a.claims.length})
      </h2>
      <ul className="claims">
        {a.claims.map((c) => (
          <li key={c.id}>
            <a href={`#claim-${c.id}`}>
              <strong>
                {qualifierPrefix(c.qualifier, lang)}
                {formatValue(c.value, c.unit, lang)}
              </strong>
            </a>{" "}
            · {c.metric}
            {c.subject ? ` · ${c.subject}` : ""}
            {c.status === "plan" && <span className="pill plan">{t.plan}</span>}
            <blockquote lang={zhText}>{c.quote}</blockquote>
            <div className="meta" data-testid="provenance">
              {provenance("period", c.period ? periodText(c.period, c.periodKind, null, lang) : null, c.periodSource, c.periodCue, lang)} ·{" "}
              {provenance("area", areaLabel(c.area, lang), c.areaSource, c.areaCue, lang)}
              {c.breakdown && <span className="pill">{t.breakdown}</span>}
            </div>
            <div className="meta">
              {sectorName(c.sector, lang)}
              {c.indicatorId && (
                <>
                  {" · "}
                  <Link href={href(`/indicators/${c.indicatorId}`, { lang, area: c.areaCode ?? "all" }, INDICATOR_PARAMS)} title={`API: ${c.indicatorId}`}>
                    {names.get(c.indicatorId) ? localName(names.get(c.indicatorId)!, lang) : c.indicatorId}
                  </Link>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <ArticleReview articleId={a.id} lang={lang} path={path} />
    </Shell>
  );
}
