"use client";
// The indicator page's chart. The static SVG chart (SeriesChart) is what the
// server renders and the page shows first: fast, and complete for a reader
// without JavaScript (every point a link, the data table beside it). Once the
// page has loaded, the interactive recharts chart (InteractiveChart) is fetched
// as a chunk of its own — recharts is never part of the page's first-load
// JavaScript — and shown in its place, drawing the same series. If the chunk
// cannot be fetched, or the interactive chart fails to draw, the static chart
// stays. A long series comes packed (lib/chart-wire.ts): React's payload
// carries each point as a short tuple, its link and name rebuilt here.
import { Component, useEffect, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { unpackChart, type PackedChart } from "@/lib/chart-wire";
import { SeriesChart, type SeriesChartProps } from "./SeriesChart";

export type IndicatorChartProps = Omit<SeriesChartProps, "series"> & ({ series: SeriesChartProps["series"] } | { packed: PackedChart });

export function IndicatorChart(wire: IndicatorChartProps) {
  const packed = "packed" in wire ? wire.packed : null;
  const series = useMemo(() => (packed ? unpackChart(packed) : null), [packed]);
  const props: SeriesChartProps = "packed" in wire ? { ...withoutPacked(wire), series: series! } : wire;
  const [Interactive, setInteractive] = useState<ComponentType<SeriesChartProps> | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => {
      import("./InteractiveChart").then(
        (m) => {
          if (live) setInteractive(() => m.InteractiveChart);
        },
        () => {
          // Offline, a deploy in between, a blocked chunk: the static chart is the chart.
        },
      );
    };
    // After the load event: the chunk never competes with what the page needs first.
    if (document.readyState === "complete") load();
    else window.addEventListener("load", load, { once: true });
    return () => {
      live = false;
      window.removeEventListener("load", load);
    };
  }, []);

  const fallback = <SeriesChart {...props} />;
  if (!Interactive) return fallback;
  return (
    <KeepStatic fallback={fallback}>
      <Interactive {...props} />
    </KeepStatic>
  );
}

function withoutPacked<T extends { packed: PackedChart }>(p: T): Omit<T, "packed"> {
  const { packed: _, ...rest } = p;
  return rest;
}

/** An error while drawing the interactive chart leaves the static one in its place. */
class KeepStatic extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
