"use client";
// SVG and PNG downloads of a server-drawn chart: the <svg> inside the element `target`.
import { downloadChart } from "@/lib/chart-download";

export function SvgDownloads({ target, fileName, svgLabel, pngLabel }: { target: string; fileName: string; svgLabel: string; pngLabel: string }) {
  const go = (kind: "svg" | "png") => {
    const svg = document.getElementById(target)?.querySelector("svg");
    if (svg) downloadChart(svg, fileName, kind);
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => go("svg")}>
        {svgLabel}
      </button>
      <button type="button" onClick={() => go("png")}>
        {pngLabel}
      </button>
    </div>
  );
}
