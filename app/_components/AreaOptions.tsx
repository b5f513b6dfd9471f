// The area picker's options (the 地区 select of the filter bar and of the
// explorer's plain form): grouped as selected (or home), parent, peers, others,
// each with its data points for the page. No hooks: usable on either side.
import type { AreaGroup } from "@/lib/areas";

/** An area the picker offers: its data points for the page and where it stands (lib/areas.ts orderAreaChoices). */
export interface AreaOptionItem {
  code: string;
  name: string;
  points?: number;
  group?: AreaGroup;
}

/** The picker's and the comparison's words (kept beside the picker: lib/i18n.ts is the pages' dictionary). */
export const AREA_TEXT = {
  zh: {
    comparePeers: "同级比较",
    comparePeersTitle: (names: string) => `加入同级地区：${names}`,
    noPoints: (area: string) => `${area}：所选范围内没有这一指标的数据点`,
    groups: { selected: "当前地区", parent: "上级地区", peer: "同级地区", other: "其他有数据的地区" } as Record<AreaGroup, string>,
    home: "本地",
    points: (n: number) => (n === 0 ? "无数据" : `${n} 个数据点`),
  },
  en: {
    comparePeers: "Compare peers",
    comparePeersTitle: (names: string) => `Add the peer areas: ${names}`,
    noPoints: (area: string) => `${area}: no data points for this indicator in this range`,
    groups: { selected: "Selected area", parent: "Parent area", peer: "Peer areas", other: "Other areas with data" } as Record<AreaGroup, string>,
    home: "Home area",
    points: (n: number) => (n === 0 ? "no data" : `${n} data point${n === 1 ? "" : "s"}`),
  },
};

/** The area's option text: its name and its data points for the page. */
export function areaOptionLabel(a: AreaOptionItem, lang: string): string {
  if (a.points === undefined) return a.name;
  const t = lang === "en" ? AREA_TEXT.en : AREA_TEXT.zh;
  return lang === "en" ? `${a.name} (${t.points(a.points)})` : `${a.name}（${t.points(a.points)}）`;
}

/** The picker's options, grouped: selected (or home), parent, peers, others. Shared with the explorer's plain form. */
export function AreaOptions({ areas, lang, all }: { areas: AreaOptionItem[]; lang: string; all: boolean }) {
  const t = lang === "en" ? AREA_TEXT.en : AREA_TEXT.zh;
  if (!areas.some((a) => a.group)) return areas.map((a) => <option key={a.code} value={a.code}>{areaOptionLabel(a, lang)}</option>);
  const groups = (["selected", "parent", "peer", "other"] as const).map((g) => ({ g, items: areas.filter((a) => (a.group ?? "other") === g) })).filter((x) => x.items.length > 0);
  return groups.map(({ g, items }) => (
    <optgroup key={g} label={g === "selected" && all ? t.home : t.groups[g]}>
      {items.map((a) => (
        <option key={a.code} value={a.code}>
          {areaOptionLabel(a, lang)}
        </option>
      ))}
    </optgroup>
  ));
}
