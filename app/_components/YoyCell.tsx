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

export function YoyCell({ yoy, lang }: { yoy: Yoy | null; lang: Lang }) {
  const k = keyStrings(lang);
  if (!yoy) return <td className="num">—</td>;
  const text = yoyText(yoy, lang);
  const dir = yoy.value > 0 ? "up" : yoy.value < 0 ? "down" : "";
  const link = claimHref(yoy.articleId, yoy.claimId, lang);
  const title = yoy.source === "stated" ? k.stated : k.computedFrom;
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
