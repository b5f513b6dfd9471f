"use client";
// Copies the current address, which holds the whole view.
import { useState } from "react";

export function CopyLink({ label, done, failed }: { label: string; done: string; failed: string }) {
  const [msg, setMsg] = useState("");
  return (
    <span>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setMsg(done);
          } catch {
            setMsg(failed);
          }
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="sub" style={{ marginLeft: "0.4rem" }}>
        {msg}
      </span>
    </span>
  );
}
