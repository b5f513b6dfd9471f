import { secretsEqual } from "./compare";
import type { AuthEnv } from "./env";

export type WriteDecision =
  | { ok: true }
  | { ok: false; status: 401 | 403; error: string; wwwAuthenticate?: string };

/**
 * Who may write through the web: whoever presents `Authorization: Bearer
 * <WRITE_SECRET>`. With no WRITE_SECRET configured, nobody (403: the door is
 * walled up, not locked — no secret can open it).
 */
export function decideWrite(authorization: string | null, env: Pick<AuthEnv, "WRITE_SECRET">): WriteDecision {
  if (!env.WRITE_SECRET) {
    return { ok: false, status: 403, error: "writing through the web is disabled (WRITE_SECRET is not set)" };
  }
  const challenge = 'Bearer realm="qujiang-write"';
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return { ok: false, status: 401, error: "missing bearer token", wwwAuthenticate: challenge };
  if (!secretsEqual(match[1], env.WRITE_SECRET)) {
    return { ok: false, status: 401, error: "wrong bearer token", wwwAuthenticate: `${challenge}, error="invalid_token"` };
  }
  return { ok: true };
}
