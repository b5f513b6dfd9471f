// What the review panel of an article page needs: every claim of the article,
// rejected ones too (an editor may restore them), each with its audit log.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { claims, indicators } from "../schema";
import { auditOf, type AuditEntry } from "./claims";

export interface ReviewClaim {
  id: number;
  quote: string;
  value: number;
  unit: string;
  qualifier: string;
  metric: string;
  subject: string | null;
  sector: string;
  indicatorId: string | null;
  period: string | null;
  area: string | null;
  status: string;
  cumulative: boolean;
  reviewState: string;
  original: Record<string, unknown> | null;
  audit: AuditEntry[];
}

export async function articleReview(db: Db, articleId: number): Promise<ReviewClaim[]> {
  const found = await db
    .select({
      id: claims.id,
      quote: claims.quote,
      value: claims.value,
      unit: claims.unit,
      qualifier: claims.qualifier,
      metric: claims.metric,
      subject: claims.subject,
      sector: claims.sector,
      indicatorId: claims.indicatorId,
      period: claims.period,
      area: claims.area,
      status: claims.status,
      cumulative: claims.cumulative,
      reviewState: claims.reviewState,
      original: claims.original,
    })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.start), asc(claims.id));
  const audit = await auditOf(
    db,
    found.map((c) => c.id),
  );
  return found.map((c) => ({ ...c, original: (c.original as Record<string, unknown> | null) ?? null, audit: audit.get(c.id) ?? [] }));
}

export async function indicatorChoices(db: Db): Promise<Array<{ id: string; nameZh: string; nameEn: string; unit: string; sector: string }>> {
  return db
    .select({ id: indicators.id, nameZh: indicators.nameZh, nameEn: indicators.nameEn, unit: indicators.unit, sector: indicators.sector })
    .from(indicators)
    .orderBy(asc(indicators.id));
}
