"use client";
// Folds a long table after its first rows behind a 更多/More button. Rendered
// unfolded on the server (nothing is hidden without JavaScript); folds once
// hydrated. The CSS hides rows marked .fold only inside [data-folded="1"].
import { useEffect, useState, type ReactNode } from "react";

export function FoldRows({ children, more, less, count, id }: { children: ReactNode; more: string; less: string; count: number; id: string }) {
  const [folded, setFolded] = useState(false);
  useEffect(() => setFolded(true), []);
  return (
    <div id={id} data-folded={folded ? "1" : "0"} className="fold-rows">
      {children}
      <button type="button" className="button fold-toggle" aria-expanded={!folded} aria-controls={id} onClick={() => setFolded((f) => !f)}>
        {folded ? `${more} (${count})` : less}
      </button>
    </div>
  );
}
