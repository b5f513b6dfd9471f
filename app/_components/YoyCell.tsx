// 同比 as a cell: stated growth links to its sentence; a computed one says so.
import { formatValue, qualifierPrefix, type Lang } from "@/lib/i18n";
import { keyStrings } from "@/lib/key-strings";
import { claimHref } from "@/lib/links";
import type { Yoy } from "@/lib/models/yoy";

export function yoyText(y: Yoy, lang: Lang): string {
  const k = keyStrings(lang);
  const sign = y.value > 0 ? "+" : "";
  if (y.unit === "pp") return `${sign}${y.value.toFixed(1)}${lang === "zh" ? "" : " "}${k.pp}`;
  const q = y.source === "stated" ? qualifierPrefix(y.qualifier, lang) : "";
  return `${q}${sign}${formatValue(Number(y.value.toFixed(1)), "%", lang)}`;
}

/** The cell's parts as text: what it shows, its direction, its link and what the link's title says. */
export function yoyCell(yoy: Yoy, lang: Lang): { text: string; dir: string; source: string; href: string | null; title: string } {
  const k = keyStrings(lang);
  return {
    text: yoyText(yoy, lang),
    dir: yoy.value > 0 ? "up" : yoy.value < 0 ? "down" : "",
    source: yoy.source,
    href: claimHref(yoy.articleId, yoy.claimId, lang),
    title: yoy.source === "stated" ? k.stated : k.computedFrom,
  };
}

export function YoyCell({ yoy, lang }: { yoy: Yoy | null; lang: Lang }) {
  if (!yoy) return <td className="num">—</td>;
  const { text, dir, href: link, title } = yoyCell(yoy, lang);
  return (
    <td className={`num ${dir}`} data-yoy-source={yoy.source}>
      {link ? (
        <a href={link} title={title}>
          {text}
        </a>
      ) : (
        text
      )}
      {yoy.source === "computed" && <span className="sub" aria-label={title}>*</span>}
    </td>
  );
}
