// Statistical tables rendered as text (主要经济指标): normalise.ts writes each
// row on its own line with its cells " | "-separated, whatever separated them on
// the page (|, tabs, aligned spaces). A table is a header line (no numeric cell;
// some column says a time or a measure) and the rows after it (a label, then at
// least one numeric cell). Each column's meaning is read from its header once:
//   label    指标/指标名称/项目, else the first column
//   unit     计量单位/单位: the unit (and magnitude) of the row's levels
//   value    a time (10月 month, 1—10月/前三季度/本年累计 year to date, 本月 the report's month)
//            and a measure: 同比增长(%)/增速/比上年同期增长 a year-on-year change of the row's
//            indicator (its time the column's own, else that of the nearest time column to its
//            left); anything else with a time (绝对值/本期/累计) a level
//   other    shares (占比, 比重), ranks, notes: not read
// A row's label may carry its own time (地区生产总值（前三季度）) that overrides the columns',
// its unit (（亿元）), and 其中： marking a part of the row above. Every numeric cell is one
// figure; — and blanks are none. What the figure is a point of is not decided here:
// extract.ts feeds the indicator rules a synthetic reading of "time + label + measure +
// number + unit", so tables and sentences share one concept/measure logic.
// Cases: table.cases.ts.
import { foldTraditional } from "./fold";
import { matchUnit, readMagnitude } from "./units";

export type ColumnRole =
  | { kind: "label" }
  | { kind: "unit" }
  | { kind: "value"; measure: "level" | "change"; time: string | null; plan: boolean; unit: [string, number] | null; head: string; named: string | null }
  | { kind: "other" };

export interface TableCell {
  /** The row's line in the text. */
  rowStart: number;
  rowEnd: number;
  /** The cell's number in the text. */
  start: number;
  end: number;
  /** The row's label, 其中 and its own time or unit note removed (folded to simplified). */
  label: string;
  /** What the column names as measured (地区生产总值 over rows of places), else null: the label says. */
  named: string | null;
  /** The label said 其中 (a part of the row above, unless a series of its own holds it). */
  part: boolean;
  /** In base units (亿元 × 1e8), percentages as their number. */
  value: number;
  unit: string;
  measure: "level" | "change";
  /** The words that say the cell's time: the label's own note, else the column's (null: the report's). */
  time: string | null;
  /** The time came from the row's label (地区生产总值（前三季度）). */
  timeFromLabel: boolean;
  /** The column is a target (全年目标, 计划). */
  plan: boolean;
  /** The column header the cell sits under. */
  header: string;
}

export interface TableRead {
  headerStart: number;
  headerEnd: number;
  /** Where the table's last row ends. */
  end: number;
  columns: ColumnRole[];
  cells: TableCell[];
  /** The header line's cells as written. */
  top: string[];
}

/** A row as normalise() writes it: cells separated by " | " (three or more). */
const ROW = /\|[^\n]*\|/;
const NUMERIC = /^[-+−]?\d[\d,]*(?:\.\d+)?%?$/;
const EMPTY = /^(?:[—–\-－…/]+|\s*)$/;
const LABEL_HEAD = /^(?:指标(?:名称)?|项目|名称|主要指标|类别)$/;
const UNIT_HEAD = /^(?:计量)?单位$/;
const OTHER_HEAD = /占|比重|构成|位次|排名|名次|备注|说明|拉动|贡献|完成率|进度|完成[^|]*(?:目标|计划)|指数/;
const CHANGE_HEAD = /同比|增长|增速|增幅|增减|涨幅|比上年|比去年|±|%/;
/** A time the header states: a month, a span, a quarter, a half, a year, or the report's own (本月, 累计). */
const TIME_HEAD = /(?:\d{1,2}\s*[—\-–~至到]\s*)?\d{1,2}月份?|前[一二三两]季度|[一二三四]季度|[上下]半年|全年|本年|本月|当月|本期|累计|年初至今|\d{4}年/;
const PLAN_HEAD = /目标|计划|预计/;
const PART = /^(?:其中|#)[:：]?\s*/;
/** A time written into a row's label, in brackets: (前三季度), （1—9月）. */
const LABEL_TIME = /[（(]((?:\d{1,2}\s*[—\-–~至到]\s*)?\d{1,2}月(?:份)?(?:末|底)?|前[一二三两]季度|[一二三四]季度|[上下]半年|全年|月末|季末|年末|年底)[)）]/;
const LABEL_UNIT = /[（(]([^（()）]{1,5})[)）]/;

/** The cells of a row line (offsets into the line). */
function cellsOf(line: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let at = 0;
  for (const piece of line.split("|")) {
    const lead = piece.length - piece.trimStart().length;
    out.push({ text: piece.trim(), at: at + lead });
    at += piece.length + 1;
  }
  return out;
}

/**
 * A header of two lines (本月 | | 累计 | over 绝对值 | 增长% | 绝对值 | 增长%): a top cell spans
 * the empty cells to its right, and each column reads as top + bottom (本月绝对值, 本月增长%).
 */
export function mergeHeaders(top: readonly string[], bottom: readonly string[]): string[] {
  const out: string[] = [];
  let spanning = "";
  for (let i = 0; i < Math.max(top.length, bottom.length); i++) {
    if (top[i]) spanning = top[i];
    out.push(`${top[i] || (i > 0 ? spanning : "")}${bottom[i] ?? ""}`);
  }
  return out;
}

/** A unit cell or note (亿元, 万吨, %, 万美元) as [canonical unit, factor], or null. */
export function readUnitCell(cell: string): [string, number] | null {
  const t = foldTraditional(cell.trim());
  if (t === "%" || t === "％") return ["%", 1];
  const mag = readMagnitude(t, 0);
  const u = matchUnit(t, mag.end);
  if (!u || u.end !== t.length) return null;
  return [u.row.unit, mag.factor * (u.row.factor ?? 1)];
}

/** What each column of a header line holds. */
export function readHeader(cells: readonly string[]): ColumnRole[] {
  const roles: ColumnRole[] = [];
  let lastTime: string | null = null;
  let lastNamed: string | null = null;
  cells.forEach((raw, i) => {
    const c = foldTraditional(raw).replace(/\s+/g, "");
    if (i === 0 || LABEL_HEAD.test(c)) return roles.push(i === 0 || !roles.some((r) => r.kind === "label") ? { kind: "label" } : { kind: "other" });
    if (UNIT_HEAD.test(c)) return roles.push({ kind: "unit" });
    if (OTHER_HEAD.test(c)) return roles.push({ kind: "other" });
    // 比上年同期增长: 上年 is the base, not the column's time
    const time = TIME_HEAD.exec(c.replace(/(?:比|较|与)(?:上年|去年|上年同期|去年同期)/g, ""))?.[0] ?? null;
    const plan = PLAN_HEAD.test(c);
    // 绝对值(亿元), 本月（万吨）: the header's own unit for its levels
    const note = LABEL_UNIT.exec(c);
    const unit = note ? readUnitCell(note[1]) : null;
    const head = raw.trim();
    const change = CHANGE_HEAD.test(c.replace(LABEL_UNIT, (m) => (m.includes("%") ? "%" : "")));
    // 上年同期, 上月: a base the change is measured against, no figure of the report's
    if (!change && /上年|去年|同期|上期|上月/.test(c)) return roles.push({ kind: "other" });
    if (change) return roles.push({ kind: "value", measure: "change", time: time ?? lastTime, plan, unit: null, head, named: lastNamed });
    if (time) {
      lastTime = time;
      lastNamed = null;
      return roles.push({ kind: "value", measure: "level", time, plan, unit, head, named: null });
    }
    // 绝对值, 数值, 总量: a level of the time column before it (or the report's)
    if (/绝对值|数值|总量|总额|金额|实绩|完成/.test(c)) return roles.push({ kind: "value", measure: "level", time: lastTime, plan, unit, head, named: null });
    // 地区生产总值(亿元) over rows of places: the column names what is measured, the row whose
    const name = c.replace(LABEL_UNIT, "");
    if (/^\p{Script=Han}{2,}$/u.test(name)) {
      lastNamed = name;
      return roles.push({ kind: "value", measure: "level", time: lastTime, plan, unit, head, named: name });
    }
    return roles.push({ kind: "other" });
  });
  return roles;
}

const isHeader = (cells: ReadonlyArray<{ text: string }>) =>
  !cells.some((c) => NUMERIC.test(c.text)) && readHeader(cells.map((c) => c.text)).some((r) => r.kind === "value");

/**
 * Every table of the text and its figures. One pass over the lines; the work per
 * line is a split, and only lines in row form are read further.
 */
export function readTables(text: string): TableRead[] {
  if (!text.includes(" | ")) return [];
  const tables: TableRead[] = [];
  let current: TableRead | null = null;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (!ROW.test(line)) {
      current = null;
      start = end + 1;
      continue;
    }
    const cells = cellsOf(line);
    if (cells.length < 3) {
      current = null;
    } else if (isHeader(cells)) {
      const texts = cells.map((c) => c.text);
      // the second line of a two-line header: the first's columns spread over it
      if (current && !current.cells.length && current.headerEnd === start - 1) {
        current.columns = readHeader(mergeHeaders(current.top, texts));
        current.headerEnd = current.end = end;
      } else {
        current = { headerStart: start, headerEnd: end, end, columns: readHeader(texts), cells: [], top: texts };
        tables.push(current);
      }
    } else if (current && cells.some((c) => NUMERIC.test(c.text))) {
      readRow(current, cells, start, end);
      current.end = end;
    }
    start = end + 1;
  }
  return tables;
}

function readRow(table: TableRead, cells: Array<{ text: string; at: number }>, rowStart: number, rowEnd: number): void {
  const labelAt = Math.max(0, table.columns.findIndex((r) => r.kind === "label"));
  let label = foldTraditional(cells[labelAt]?.text ?? "").replace(/\s+/g, "");
  const part = PART.test(label);
  label = label.replace(PART, "");
  const ownTime = LABEL_TIME.exec(label);
  // (月末), (年末): a balance at the column's time; any other note names the row's own time
  const time = ownTime && !/^[月季年][末底]$/.test(ownTime[1]) ? ownTime[1] : null;
  if (ownTime) label = label.replace(ownTime[0], "");
  const unitNote = LABEL_UNIT.exec(label);
  const labelUnit = unitNote ? readUnitCell(unitNote[1]) : null;
  if (labelUnit && unitNote) label = label.replace(unitNote[0], "");
  const unitAt = table.columns.findIndex((r) => r.kind === "unit");
  const rowUnit = (unitAt >= 0 ? readUnitCell(cells[unitAt]?.text ?? "") : null) ?? labelUnit;
  if (!label) return;
  table.columns.forEach((role, i) => {
    const cell = cells[i];
    if (role.kind !== "value" || !cell || EMPTY.test(cell.text) || !NUMERIC.test(cell.text)) return;
    const pct = cell.text.endsWith("%");
    const n = Number(cell.text.replace(/[,%]/g, "").replace("−", "-"));
    if (!Number.isFinite(n)) return;
    // a change is in percent; a level in the row's unit, else the column's (绝对值(亿元))
    const unit: [string, number] | null = role.measure === "change" || pct ? ["%", 1] : (role.named ? role.unit ?? rowUnit : rowUnit ?? role.unit);
    if (!unit) return;
    const start = rowStart + cell.at;
    table.cells.push({
      rowStart,
      rowEnd,
      start,
      end: start + cell.text.length,
      label,
      named: role.named,
      part,
      value: unit[0] === "%" ? n : Number((n * unit[1]).toPrecision(12)),
      unit: unit[0],
      measure: role.measure,
      time: time ?? role.time,
      timeFromLabel: time !== null,
      plan: role.plan,
      header: role.head,
    });
  });
}
