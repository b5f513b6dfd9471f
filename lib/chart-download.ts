// SVG and PNG downloads of whichever indicator chart is on screen (the static
// SVG or the interactive one). A downloaded chart travels alone (into a slide,
// a report, a chat), so it carries its context: the title, the area(s), unit
// and kind of period above the plot, the legend, and below it the source line
// (衢江经济指标看板 · 来源: 新闻报道, N 篇) and the page's URL. The frame is
// built as plain SVG <text> (composeChartSvg, pure, tested), the drawn <svg>
// nested inside it. PNG at twice the size, for slides. Browser only below
// composeChartSvg.

export interface ChartCaption {
  /** 衢江区 · 港口货物吞吐量 */
  title: string;
  /** 单位: 吨 · 年度 */
  subtitle: string;
  /** 衢江经济指标看板 · 来源: 新闻报道, 12 篇 */
  source: string;
}

export interface LegendEntry {
  name: string;
  colour: string;
}

const FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const HEAD = 64;
const LEGEND_ROW = 22;
const FOOT = 46;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The downloadable SVG: caption and legend around the chart's own SVG markup
 * (`inner`, its outer <svg> element as serialised) of the given size.
 */
export function composeChartSvg(inner: string, width: number, height: number, caption: ChartCaption, legend: readonly LegendEntry[], url: string): { svg: string; width: number; height: number } {
  const legendH = legend.length > 0 ? LEGEND_ROW + 6 : 0;
  const total = HEAD + legendH + height + FOOT;
  const W = Math.max(width, 360);
  let x = 12;
  const legendItems = legend
    .map((l) => {
      const item = `<g transform="translate(${x},${HEAD + 4})"><line x1="0" x2="22" y1="8" y2="8" stroke="${esc(l.colour)}" stroke-width="3"/><text x="28" y="13" font-size="13" fill="#1b1f24" data-role="legend">${esc(l.name)}</text></g>`;
      x += 40 + [...l.name].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 14 : 8), 0);
      return item;
    })
    .join("");
  const nested = inner.replace(/^<svg\b/, `<svg x="0" y="${HEAD + legendH}"`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${total}" viewBox="0 0 ${W} ${total}" font-family="${esc(FONT)}">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="12" y="26" font-size="18" font-weight="700" fill="#1b1f24" data-role="title">${esc(caption.title)}</text>` +
    `<text x="12" y="48" font-size="13" fill="#4f5965" data-role="subtitle">${esc(caption.subtitle)}</text>` +
    legendItems +
    nested +
    `<text x="12" y="${HEAD + legendH + height + 20}" font-size="12" fill="#4f5965" data-role="source">${esc(caption.source)}</text>` +
    `<text x="12" y="${HEAD + legendH + height + 38}" font-size="11" fill="#4f5965" data-role="url">${esc(url)}</text>` +
    `</svg>`;
  return { svg, width: W, height: total };
}

export function downloadChart(svg: SVGSVGElement, fileName: string, kind: "svg" | "png", caption?: ChartCaption, legend: readonly LegendEntry[] = []): void {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute("width")) || 760;
  const height = Math.round(box.height) || Number(svg.getAttribute("height")) || 340;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // Links and handlers mean nothing in a file; the drawing stays.
  clone.removeAttribute("role");
  const inner = new XMLSerializer().serializeToString(clone);
  const framed = caption ? composeChartSvg(inner, width, height, caption, legend, window.location.href) : { svg: inner, width, height };
  const blob = new Blob([framed.svg], { type: "image/svg+xml;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  if (kind === "svg") return save(url, `${fileName}.svg`);
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = framed.width * 2;
    canvas.height = framed.height * 2;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(2, 2);
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, framed.width, framed.height);
    ctx.drawImage(img, 0, 0);
    URL.revokeObjectURL(url);
    canvas.toBlob((png) => png && save(URL.createObjectURL(png), `${fileName}.png`));
  };
  img.src = url;
}

function save(url: string, name: string) {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
