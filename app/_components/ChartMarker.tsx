// A point's marker, shared by the static and the interactive indicator chart so
// both draw a series the same way: its shape (series differ by more than colour),
// an up-caret for a lower bound (超/突破).
import type { ChartSeries } from "@/lib/chart-layout";

export function Marker({ shape, x, y, r, fill, stroke }: { shape: ChartSeries["shape"] | "caret"; x: number; y: number; r: number; fill: string; stroke: string }) {
  const common = { fill, stroke, strokeWidth: 2 };
  switch (shape) {
    case "square":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
    case "diamond":
      return <path d={`M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`} {...common} />;
    case "triangle":
      return <path d={`M${x},${y + r + 1}L${x + r + 1},${y - r}L${x - r - 1},${y - r}Z`} {...common} />;
    case "cross":
      return <path d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`} stroke={stroke} strokeWidth={3} fill="none" />;
    case "caret":
      return <path d={`M${x - r - 2},${y + r}L${x},${y - r - 2}L${x + r + 2},${y + r}Z`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}
