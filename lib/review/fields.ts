// What an editor may send, validated at the boundary (zod). A claim's editable
// fields are the claim record's (docs/claims.md) minus the offsets;
// an added claim also names its quote, which must be found in the article.
import { z } from "zod";
import { MEASURES, QUALIFIERS, SECTORS, STATUSES } from "@/extract/types";
import { parsePeriod } from "@/extract/time/period";
import { lookupArea } from "@/lib/areas";

/** A written period the time module reads (extract/time/period.ts): one parser for editors, stored rows and pages. */
export const isPeriod = (s: string): boolean => parsePeriod(s) !== null;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Actor = z.string().max(200).optional();

export const EDITABLE_FIELDS = ["value", "unit", "qualifier", "metric", "subject", "sector", "indicatorId", "period", "area", "status", "cumulative"] as const;

/** An area from the gazetteer, by full name or code; stored as its full name (its code is kept in step). */
const AreaField = z
  .string()
  .trim()
  .max(40)
  .nullable()
  .transform((s, ctx) => {
    if (!s) return null;
    const found = lookupArea(s);
    if (!found) {
      ctx.addIssue({ code: "custom", message: "area must be an administrative area's full name or code (衢江区 or 330803)" });
      return z.NEVER;
    }
    return found.name;
  });
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const ClaimFields = z
  .object({
    value: z.number().finite(),
    unit: Text(20),
    qualifier: z.enum(QUALIFIERS),
    metric: Text(100),
    subject: z.string().trim().max(100).nullable().transform((s) => (s ? s : null)),
    sector: z.enum(SECTORS),
    indicatorId: z.string().trim().max(100).nullable().transform((s) => (s ? s : null)),
    period: z
      .string()
      .trim()
      .nullable()
      .transform((s) => (s ? s : null))
      .refine((s) => s === null || isPeriod(s), "period must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-H1/H2"),
    area: AreaField,
    status: z.enum(STATUSES),
    cumulative: z.boolean(),
  })
  .strict();
export type ClaimFields = z.infer<typeof ClaimFields>;

/** PATCH: any subset of the fields, at least one. */
export const ClaimPatch = ClaimFields.partial()
  .extend({ actor: Actor })
  .strict()
  .refine((p) => EDITABLE_FIELDS.some((f) => p[f] !== undefined), "nothing to change");
export type ClaimPatch = z.infer<typeof ClaimPatch>;

/** POST a missed number: the quote (as it stands in the article) and every field. */
export const NewClaim = ClaimFields.partial({ subject: true, indicatorId: true, period: true, area: true, cumulative: true })
  .extend({
    articleId: z.number().int().positive().max(2_147_483_647),
    quote: Text(300),
    /** Which occurrence of the quote in the article, when it appears more than once (0-based). */
    occurrence: z.number().int().min(0).max(1000).default(0),
    actor: Actor,
  })
  .strict();
export type NewClaim = z.infer<typeof NewClaim>;

export const ReviewAction = z.object({ action: z.enum(["confirm", "reject", "restore"]), actor: Actor }).strict();
export type ReviewAction = z.infer<typeof ReviewAction>;

/** A metric phrase mapped to an existing indicator, or to a new one described here. */
export const MappingInput = z
  .object({
    metric: Text(100),
    indicatorId: z
      .string()
      .trim()
      .min(3)
      .max(60)
      .regex(/^[a-z][a-z0-9_]*\.[a-z0-9_.]+$/, "indicator id looks like sector.name (lower case, digits, _ and .)"),
    create: z
      .object({
        nameZh: Text(60),
        nameEn: Text(100),
        sector: z.enum(SECTORS),
        unit: Text(20),
        measure: z.enum(MEASURES).default("level"),
      })
      .strict()
      .optional(),
    actor: Actor,
  })
  .strict();
export type MappingInput = z.infer<typeof MappingInput>;

/** Only what differs, as plain JSON for the audit log. */
export function changedFields(before: Partial<ClaimFields>, after: Partial<ClaimFields>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) {
    if (after[f] === undefined) continue;
    if (before[f] !== after[f]) {
      b[f] = before[f] ?? null;
      a[f] = after[f];
    }
  }
  return { before: b, after: a };
}
