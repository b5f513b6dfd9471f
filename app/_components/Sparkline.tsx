// Small server-rendered chart: no client JavaScript on the overview. Markers are
// drawn as one path per kind so a grid of charts stays light in HTML. An event
// indicator is drawn as bars of its per-period sums, never as a line.
import { caretsPath, dotsPath, geometry, isLowerBound, PALETTE, type GeoPoint } from "@/lib/chart-geometry";

export function Sparkline({ points, label, width = 280, height = 90, bars = false }: { points: GeoPoint[]; label: string; width?: number; height?: number; bars?: boolean }) {
  const g = geometry(points, width, height, 8);
  const bounds = g.actual.filter((p) => isLowerBound(p.qualifier));
  const exact = g.actual.filter((p) => !isLowerBound(p.qualifier));
  const base = height - 8;
  const bw = Math.max(3, Math.min(24, (width - 16) / Math.max(1, g.actual.length) / 2));
  return (
    <svg className="spark" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-points={points.length}>
      <title>{label}</title>
      <line x1={8} x2={width - 8} y1={base} y2={base} stroke={PALETTE.grid} />
      {bars ? (
        <path d={g.actual.map((p) => `M${p.x - bw / 2},${base}V${Math.min(p.y, base - 1)}h${bw}V${base}Z`).join("")} fill={PALETTE.actual} />
      ) : (
        <>
          {g.actual.length > 1 && <path d={g.actualPath} fill="none" stroke={PALETTE.actual} strokeWidth={2} />}
          {g.plan.length > 1 && <path d={g.planPath} fill="none" stroke={PALETTE.plan} strokeWidth={2} strokeDasharray="5 4" />}
          {exact.length > 0 && <path d={dotsPath(exact, 2.5)} fill={PALETTE.actual} />}
          {bounds.length > 0 && <path d={caretsPath(bounds, 4)} fill={PALETTE.bound} />}
          {g.plan.length > 0 && <path d={dotsPath(g.plan, 3)} fill="#fff" stroke={PALETTE.plan} strokeWidth={1.5} />}
        </>
      )}
    </svg>
  );
}
