// Server-side: is writing on, and is this request an editor? Read from the
// request's cookies, so a page that calls this renders per request.
import { cookies } from "next/headers";
import { readAuthEnv } from "@/lib/auth/env";
import { actorName, EDITOR_COOKIE, EDITOR_NAME_COOKIE, isEditorCookie } from "@/lib/review/auth";

export interface EditorState {
  /** WRITE_SECRET is configured: editing is possible at all. */
  writable: boolean;
  editor: boolean;
  name: string;
}

export async function editorState(): Promise<EditorState> {
  let secret: string | undefined;
  try {
    secret = readAuthEnv().WRITE_SECRET;
  } catch {
    secret = undefined; // misconfigured counts as off
  }
  if (!secret) return { writable: false, editor: false, name: "" };
  const jar = await cookies();
  const editor = isEditorCookie(jar.get(EDITOR_COOKIE)?.value, { WRITE_SECRET: secret });
  let name = "";
  try {
    name = actorName(decodeURIComponent(jar.get(EDITOR_NAME_COOKIE)?.value ?? ""));
  } catch {
    name = actorName("");
  }
  return { writable: true, editor, name };
}
