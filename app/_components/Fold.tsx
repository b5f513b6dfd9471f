"use client";
// A filter form that folds into one summary line on a phone (open by default:
// without JavaScript, and on wide screens, the form shows). The overview's
// FilterBar and the explorer's plain form fold alike; id="filters" is the
// target of the page's "skip to filters" link.
import { useEffect, useRef } from "react";

export const PHONE_QUERY = "(max-width: 520px)";

export function Fold({ summary, children, id = "filters" }: { summary: React.ReactNode; children: React.ReactNode; id?: string }) {
  const fold = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (fold.current && window.matchMedia(PHONE_QUERY).matches) fold.current.open = false;
  }, []);
  return (
    <details className="fold" id={id} open ref={fold}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
