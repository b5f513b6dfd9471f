"use client";
// The chart's share menu: the view's link and its embed code (an <iframe> of
// the same view with embed=1), each with a copy button. Links are made
// absolute in the browser (the address the reader sees); the server renders the
// paths, so the menu reads the same without JavaScript.
import { useEffect, useState } from "react";

export interface ShareLabels {
  share: string;
  link: string;
  embedCode: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

export function embedSnippet(src: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}

export function ShareMenu({ pageHref, embedHref, title, labels }: { pageHref: string; embedHref: string; title: string; labels: ShareLabels }) {
  const [origin, setOrigin] = useState("");
  const [msg, setMsg] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}${pageHref}`;
  const code = embedSnippet(`${origin}${embedHref}`, title);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMsg(labels.copied);
    } catch {
      setMsg(labels.copyFailed);
    }
  };
  return (
    <details className="share-menu" data-testid="share-menu">
      <summary>{labels.share}</summary>
      <div className="share-panel">
        <label>
          {labels.link}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
        </label>
        <button type="button" onClick={() => copy(link)}>
          {labels.copy}: {labels.link}
        </button>
        <label>
          {labels.embedCode}
          <textarea readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} data-testid="share-embed" />
        </label>
        <button type="button" onClick={() => copy(code)}>
          {labels.copy}: {labels.embedCode}
        </button>
        <span aria-live="polite" className="sub">
          {msg}
        </span>
      </div>
    </details>
  );
}
