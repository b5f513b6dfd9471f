// Who may write: a signed-in account whose role allows it (accounts/roles.ts),
// from this site's own pages. The browser attaches the session cookie on its
// own, so a write must also come from this site (Origin matches Host), or
// another site could post in an editor's name (CSRF). Readers are anonymous.
import { PERMISSIONS, type Role } from "@/accounts/roles";

export type Need = keyof (typeof PERMISSIONS)["editor"];

export interface EditRequest {
  /** The signed-in account's role, or null for a reader (no, expired, revoked session; disabled account). */
  role: Role | null;
  /** Origin header and the host the request was addressed to. */
  origin: string | null;
  host: string | null;
}

export type EditDecision = { ok: true } | { ok: false; status: 401 | 403; error: string };

export function decideEdit(r: EditRequest, need: Need = "edit"): EditDecision {
  if (!r.role) return { ok: false, status: 401, error: "sign-in required (an editor account: /signin)" };
  if (!sameOrigin(r.origin, r.host)) return { ok: false, status: 403, error: "cross-origin request refused" };
  if (!PERMISSIONS[r.role][need]) {
    return { ok: false, status: 403, error: need === "manageAccounts" ? "only an admin manages accounts" : "this account may not edit" };
  }
  return { ok: true };
}

export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
