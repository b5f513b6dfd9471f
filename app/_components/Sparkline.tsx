// Small server-rendered chart: no client JavaScript on the overview.
import { geometry, isLowerBound, PALETTE, type GeoPoint } from "@/lib/chart-geometry";

export function Sparkline({ points, label, width = 280, height = 90 }: { points: GeoPoint[]; label: string; width?: number; height?: number }) {
  const g = geometry(points, width, height, 8);
  return (
    <svg className="spark" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-points={points.length}>
      <title>{label}</title>
      <line x1={8} x2={width - 8} y1={height - 8} y2={height - 8} stroke={PALETTE.grid} />
      {g.actual.length > 1 && <path d={g.actualPath} fill="none" stroke={PALETTE.actual} strokeWidth={2} />}
      {g.plan.length > 1 && <path d={g.planPath} fill="none" stroke={PALETTE.plan} strokeWidth={2} strokeDasharray="5 4" />}
      {g.actual.map((p) =>
        isLowerBound(p.qualifier) ? (
          <path key={`a${p.date}`} d={`M${p.x - 4},${p.y + 3} L${p.x},${p.y - 4} L${p.x + 4},${p.y + 3} Z`} fill={PALETTE.bound} />
        ) : (
          <circle key={`a${p.date}`} cx={p.x} cy={p.y} r={2.5} fill={PALETTE.actual} />
        ),
      )}
      {g.plan.map((p) => (
        <circle key={`p${p.date}`} cx={p.x} cy={p.y} r={3} fill="#fff" stroke={PALETTE.plan} strokeWidth={1.5} />
      ))}
    </svg>
  );
}
