// The browser side of the write API (app/api/claims, app/api/mappings): same
// origin, the editor cookie travels by itself.
export async function send(method: "POST" | "PATCH", url: string, body: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const res = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (res.ok) return { ok: true };
    const data = (await res.json().catch(() => ({}))) as { error?: string };
    return { ok: false, error: data.error ?? `HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Empty → null; the field as typed otherwise. */
export const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
