"use client";
// The editor sign-in answers a wrong secret with #editor-failed (a hash, so the
// page's validated URL parameters stay untouched).
import { useEffect, useState } from "react";

export function SigninNotice({ text }: { text: string }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(window.location.hash === "#editor-failed"), []);
  return failed ? (
    <p role="alert" className="notice">
      {text}
    </p>
  ) : null;
}
