"use client";
// CSS :target already marks the span; this scrolls it to the middle of the
// screen and keeps the mark when the hash changes without a reload.
import { useEffect } from "react";

export function ClaimTarget() {
  useEffect(() => {
    const apply = () => {
      document.querySelectorAll("mark.is-target").forEach((m) => m.classList.remove("is-target"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith("claim-")) return;
      const el = document.getElementById(id);
      if (!el) return;
      el.classList.add("is-target");
      el.scrollIntoView({ block: "center" });
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}
