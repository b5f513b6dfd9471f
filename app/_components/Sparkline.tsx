// Small server-rendered chart: no client JavaScript on the overview. The
// overview draws dozens of these and each is sent twice (HTML and React's
// payload), so they are compact: whole pixels, relative steps, a dot as a
// round-capped zero-length segment, one path per kind of mark, colours and
// widths in globals.css (.spark .s-*) rather than on every path. An event
// indicator is drawn as bars of its per-period sums, never as a line.
import { caretsPath, compactDots, compactLine, geometry, isLowerBound, type Plotted, type GeoPoint } from "@/lib/chart-geometry";
import { consecutive } from "@/lib/series";

/**
 * A table cell's trend (the key-indicators table), as the paths of its svg: the line, with dots only where a
 * point has no line (alone in its run) and at the latest point; no plans.
 */
export function trendPaths(points: GeoPoint[], width: number, height: number): { grid: string; line: string | null; dots: string | null } {
  const g = geometry(points, width, height, 8, true);
  const dots = g.actual.filter((p, i, a) => i === a.length - 1 || (!joined(a[i - 1], p) && !joined(p, a[i + 1])));
  return {
    grid: `M8,${height - 8}H${width - 8}`,
    line: g.actual.length > 1 ? compactLine(g.actual) : null,
    dots: dots.length > 0 ? compactDots(dots) : null,
  };
}

export function Sparkline({
  points,
  label,
  width = 280,
  height = 90,
  bars = false,
}: {
  points: GeoPoint[];
  label: string;
  width?: number;
  height?: number;
  bars?: boolean;
}) {
  const g = geometry(points, width, height, 8, true);
  const bounds = g.actual.filter((p) => isLowerBound(p.qualifier));
  const exact = g.actual.filter((p) => !isLowerBound(p.qualifier));
  const base = height - 8;
  const bw = Math.max(3, Math.round(Math.min(24, (width - 16) / Math.max(1, g.actual.length) / 2)));
  const dots = exact;
  return (
    <svg className="spark" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-points={points.length}>
      <title>{label}</title>
      <path className="s-grid" d={`M8,${base}H${width - 8}`} />
      {bars ? (
        <path className="s-bar" d={g.actual.map((p) => `M${p.x - Math.floor(bw / 2)},${base}V${Math.min(p.y, base - 1)}h${bw}V${base}Z`).join("")} />
      ) : (
        <>
          {g.actual.length > 1 && <path className="s-line" d={compactLine(g.actual)} />}
          {g.plan.length > 1 && <path className="s-plan" d={compactLine(g.plan)} />}
          {dots.length > 0 && <path className="s-dot" d={compactDots(dots)} />}
          {bounds.length > 0 && <path className="s-bound" d={caretsPath(bounds, 4)} />}
          {/* Hollow plan dots: a ring of the plan colour under a white dot. */}
          {g.plan.length > 0 && (
            <>
              <path className="s-ring" d={compactDots(g.plan)} />
              <path className="s-hole" d={compactDots(g.plan)} />
            </>
          )}
        </>
      )}
    </svg>
  );
}

function joined(a: Plotted | undefined, b: Plotted | undefined): boolean {
  return !!a && !!b && (!b.freq || consecutive(b.freq, a.period, b.period));
}
