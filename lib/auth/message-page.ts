// A one-message HTML answer for a plain form post that cannot go back with a
// redirect (429 too many sign-ins, 400/409 an account change refused): the
// message, a link back, the status and headers given. Text is escaped.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function messagePage(status: number, lang: "zh" | "en", message: string, back: { href: string; text: string }, headers: Record<string, string> = {}): Response {
  const body =
    `<!doctype html><html lang="${lang === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8"><title>${status}</title></head>` +
    `<body><main id="main"><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.text)}</a></p></main></body></html>`;
  return new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}
