"use client";
// Area, sector and time range. A plain GET form (works without JavaScript);
// with JavaScript every change navigates at once to the clean URL (non-defaults
// only). On a phone the form folds into one summary line that opens on tap.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { AreaOptions, type AreaOptionItem } from "./AreaOptions";
import { href, type ParamName, type ViewState } from "@/lib/url-state";

export interface FilterLabels {
  area: string;
  allAreas: string;
  sector: string;
  allSectors: string;
  from: string;
  to: string;
  apply: string;
  reset: string;
  loading: string;
  filter: string;
  allDates: string;
}

export function FilterBar(props: {
  path: string;
  state: ViewState;
  accepted: readonly ParamName[];
  sectors: { id: string; name: string }[];
  areas: AreaOptionItem[];
  homeCode: string;
  labels: FilterLabels;
  showSector?: boolean;
  /** Hidden parameters the form keeps (a page's own, e.g. compare or freq). */
  keep?: readonly ParamName[];
}) {
  const { path, state, accepted, sectors, areas, homeCode, labels } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const fold = useRef<HTMLDetailsElement>(null);
  const areaValue = state.area ?? homeCode;

  useEffect(() => {
    // Open by default (no JavaScript, wide screens); folded to its summary line on a phone.
    if (fold.current && window.matchMedia("(max-width: 520px)").matches) fold.current.open = false;
  }, []);

  function go(patch: Partial<ViewState>) {
    const next = { ...state, ...patch, page: "1" };
    if (next.from && next.to && next.from > next.to) next.to = null;
    if (next.area === homeCode) next.area = null;
    startTransition(() => router.push(href(path, next, accepted), { scroll: false }));
  }

  const areaName = state.area === "all" ? labels.allAreas : (areas.find((a) => a.code === areaValue)?.name ?? areaValue);
  const sectorName = state.sector === "all" ? labels.allSectors : (sectors.find((s) => s.id === state.sector)?.name ?? state.sector);
  const range = state.from || state.to ? `${state.from ?? "…"}–${state.to ?? "…"}` : labels.allDates;
  const summary = [areaName, props.showSector !== false ? sectorName : null, range].filter(Boolean).join(" · ");

  return (
    <details className="fold" id="filters" open ref={fold}>
      <summary>
        {labels.filter}: {summary}
      </summary>
      <form
        className="filters"
        method="get"
        action={path}
        aria-busy={pending}
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          go({
            area: String(fd.get("area") ?? areaValue),
            sector: String(fd.get("sector") ?? state.sector),
            from: (fd.get("from") as string) || null,
            to: (fd.get("to") as string) || null,
          });
        }}
      >
        <label>
          {labels.area}
          <select name="area" aria-label={labels.area} value={areaValue} onChange={(e) => go({ area: e.target.value })}>
            <option value="all">{labels.allAreas}</option>
            <AreaOptions areas={areas} lang={state.lang} all={state.area === "all"} />
          </select>
        </label>
        {props.showSector !== false && (
          <label>
            {labels.sector}
            <select name="sector" aria-label={labels.sector} value={state.sector} onChange={(e) => go({ sector: e.target.value })}>
              <option value="all">{labels.allSectors}</option>
              {sectors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {(["from", "to"] as const).map((k) => (
          <label key={k}>
            {labels[k]}
            <input
              type="month"
              name={k}
              aria-label={labels[k]}
              placeholder="YYYY-MM"
              pattern="\d{4}-\d{2}"
              min="1949-01"
              max="2100-12"
              defaultValue={state[k] ?? ""}
              key={`${k}-${state[k]}`}
              onBlur={(e) => {
                const v = e.currentTarget.value || null;
                if (v !== state[k] && (v === null || /^\d{4}-\d{2}$/.test(v))) go({ [k]: v });
              }}
            />
          </label>
        ))}
        {(props.keep ?? []).map((k) => {
          const v = state[k];
          return v !== null && v !== undefined && accepted.includes(k) ? <input key={k} type="hidden" name={k} value={String(v)} /> : null;
        })}
        {state.lang !== "zh" && <input type="hidden" name="lang" value={state.lang} />}
        <button type="submit">{labels.apply}</button>
        <a className="button" href={href(path, { lang: state.lang }, ["lang"])}>
          {labels.reset}
        </a>
        <span aria-live="polite" className="sub">
          {pending ? labels.loading : ""}
        </span>
      </form>
    </details>
  );
}
