// Small server-rendered chart: no client JavaScript on the overview. The
// overview draws dozens of these and each is sent twice (HTML and React's
// payload), so the paths are compact: whole pixels, relative steps, a dot as a
// round-capped zero-length segment, one path per kind of mark. An event
// indicator is drawn as bars of its per-period sums, never as a line.
import { caretsPath, compactDots, compactLine, geometry, isLowerBound, PALETTE, type GeoPoint } from "@/lib/chart-geometry";

export function Sparkline({ points, label, width = 280, height = 90, bars = false }: { points: GeoPoint[]; label: string; width?: number; height?: number; bars?: boolean }) {
  const g = geometry(points, width, height, 8, true);
  const bounds = g.actual.filter((p) => isLowerBound(p.qualifier));
  const exact = g.actual.filter((p) => !isLowerBound(p.qualifier));
  const base = height - 8;
  const bw = Math.max(3, Math.round(Math.min(24, (width - 16) / Math.max(1, g.actual.length) / 2)));
  return (
    <svg className="spark" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-points={points.length} strokeLinecap="round" fill="none">
      <title>{label}</title>
      <path d={`M8,${base}H${width - 8}`} stroke={PALETTE.grid} strokeLinecap="butt" />
      {bars ? (
        <path d={g.actual.map((p) => `M${p.x - Math.floor(bw / 2)},${base}V${Math.min(p.y, base - 1)}h${bw}V${base}Z`).join("")} fill={PALETTE.actual} />
      ) : (
        <>
          {g.actual.length > 1 && <path d={compactLine(g.actual)} stroke={PALETTE.actual} strokeWidth={2} />}
          {g.plan.length > 1 && <path d={compactLine(g.plan)} stroke={PALETTE.plan} strokeWidth={2} strokeDasharray="5 4" strokeLinecap="butt" />}
          {exact.length > 0 && <path d={compactDots(exact)} stroke={PALETTE.actual} strokeWidth={5} />}
          {bounds.length > 0 && <path d={caretsPath(bounds, 4)} fill={PALETTE.bound} />}
          {/* Hollow plan dots: a ring of the plan colour under a white dot. */}
          {g.plan.length > 0 && (
            <>
              <path d={compactDots(g.plan)} stroke={PALETTE.plan} strokeWidth={7.5} />
              <path d={compactDots(g.plan)} stroke="#fff" strokeWidth={4.5} />
            </>
          )}
        </>
      )}
    </svg>
  );
}
