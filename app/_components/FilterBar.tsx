"use client";
// Sector and time range. A plain GET form (works without JavaScript); with
// JavaScript every change navigates at once to the clean URL (non-defaults only).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { href, type ParamName, type ViewState } from "@/lib/url-state";

export interface FilterLabels {
  sector: string;
  allSectors: string;
  from: string;
  to: string;
  apply: string;
  reset: string;
  loading: string;
}

export function FilterBar(props: {
  path: string;
  state: ViewState;
  accepted: readonly ParamName[];
  sectors: { id: string; name: string }[];
  labels: FilterLabels;
  showSector?: boolean;
}) {
  const { path, state, accepted, sectors, labels } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function go(patch: Partial<ViewState>) {
    const next = { ...state, ...patch, page: "1" };
    if (next.from && next.to && next.from > next.to) next.to = null;
    startTransition(() => router.push(href(path, next, accepted), { scroll: false }));
  }

  return (
    <form
      className="filters"
      method="get"
      action={path}
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        go({
          sector: String(fd.get("sector") ?? state.sector),
          from: (fd.get("from") as string) || null,
          to: (fd.get("to") as string) || null,
        });
      }}
    >
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
      <label>
        {labels.from}
        <input
          type="month"
          name="from"
          aria-label={labels.from}
          placeholder="YYYY-MM"
          pattern="\d{4}-\d{2}"
          min="1949-01"
          max="2100-12"
          defaultValue={state.from ?? ""}
          key={`from-${state.from}`}
          onBlur={(e) => {
            const v = e.currentTarget.value || null;
            if (v !== state.from && (v === null || /^\d{4}-\d{2}$/.test(v))) go({ from: v });
          }}
        />
      </label>
      <label>
        {labels.to}
        <input
          type="month"
          name="to"
          aria-label={labels.to}
          placeholder="YYYY-MM"
          pattern="\d{4}-\d{2}"
          min="1949-01"
          max="2100-12"
          defaultValue={state.to ?? ""}
          key={`to-${state.to}`}
          onBlur={(e) => {
            const v = e.currentTarget.value || null;
            if (v !== state.to && (v === null || /^\d{4}-\d{2}$/.test(v))) go({ to: v });
          }}
        />
      </label>
      {state.lang !== "zh" && <input type="hidden" name="lang" value={state.lang} />}
      <button type="submit">{labels.apply}</button>
      <a className="button" href={href(path, { lang: state.lang }, ["lang"])}>
        {labels.reset}
      </a>
      <span aria-live="polite" className="sub">
        {pending ? labels.loading : ""}
      </span>
    </form>
  );
}
