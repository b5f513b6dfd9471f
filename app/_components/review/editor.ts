// Server-side: is there any account at all, and who is signed in? Read from
// the request's headers, so a page that calls this renders per request.
import { headers } from "next/headers";
import { cache } from "react";
import { anyAccount } from "@/accounts/manage";
import { accountOf, type Account } from "@/accounts/who";
import { getDb } from "@/db/client";

export interface EditorState {
  /** Some account exists: editing is possible at all (else the page says how to create the first admin). */
  writable: boolean;
  /** The signed-in account that may edit, or null for a reader. */
  account: Account | null;
}

/** Once per request (React's cache): a page asks in several places (the banner, the note, the review parts). */
export const editorState = cache(async (): Promise<EditorState> => {
  const db = await getDb();
  const account = await accountOf(db, await headers());
  if (account) return { writable: true, account };
  return { writable: await anyAccount(db), account: null };
});
