// Who may edit claims. Editing needs WRITE_SECRET, presented either as
// `Authorization: Bearer <secret>` (scripts) or once on the editor sign-in
// form, which sets EDITOR_COOKIE to an HMAC keyed by the secret: it proves
// knowledge of the secret without containing it, needs no session table, and
// every editor cookie dies when the secret changes. No WRITE_SECRET: nobody
// edits and no edit control renders.
import { createHmac } from "node:crypto";
import { secretsEqual } from "@/lib/auth/compare";
import type { AuthEnv } from "@/lib/auth/env";
import { decideWrite } from "@/lib/auth/write";

export const EDITOR_COOKIE = "qj_editor";
/** The name an editor typed at sign-in; a label for the audit log, not a credential. */
export const EDITOR_NAME_COOKIE = "qj_editor_name";
/** A working day and then some. */
export const EDITOR_MAX_AGE_SECONDS = 12 * 60 * 60;
export const DEFAULT_ACTOR = "editor";

const LABEL = "qujiang-editor-session/v1";

export function editorToken(secret: string): string {
  return createHmac("sha256", secret).update(LABEL).digest("base64url");
}

export function isEditorCookie(value: string | undefined, env: Pick<AuthEnv, "WRITE_SECRET">): boolean {
  if (!env.WRITE_SECRET || !value) return false;
  return secretsEqual(value, editorToken(env.WRITE_SECRET));
}

/** Printable, one line, at most 40 characters; anything else becomes the default. */
export function actorName(raw: string | null | undefined): string {
  const name = (raw ?? "").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").trim().slice(0, 40);
  return name || DEFAULT_ACTOR;
}

export interface EditRequest {
  authorization: string | null;
  editorCookie: string | undefined;
  /** Origin header and the host the request was addressed to (for the cookie path only). */
  origin: string | null;
  host: string | null;
}

export type EditDecision =
  | { ok: true; via: "bearer" | "cookie" }
  | { ok: false; status: 401 | 403; error: string };

/**
 * Bearer first (it is explicit); otherwise the editor cookie, which a browser
 * attaches on its own — so a cookie-borne write must come from this site's
 * pages (Origin matches Host), or another site could post in the editor's name.
 */
export function decideEdit(r: EditRequest, env: Pick<AuthEnv, "WRITE_SECRET">): EditDecision {
  if (!env.WRITE_SECRET) return { ok: false, status: 403, error: "editing is disabled (WRITE_SECRET is not set)" };
  if (r.authorization) {
    const d = decideWrite(r.authorization, env);
    return d.ok ? { ok: true, via: "bearer" } : { ok: false, status: 401, error: d.error };
  }
  if (!isEditorCookie(r.editorCookie, env)) return { ok: false, status: 401, error: "editor sign-in required" };
  if (!sameOrigin(r.origin, r.host)) return { ok: false, status: 403, error: "cross-origin edit refused" };
  return { ok: true, via: "cookie" };
}

export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
