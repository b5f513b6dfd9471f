// Write authority cases: [request, what it needs, expected status (200 = allowed), why].
import type { EditRequest, Need } from "./auth";

const here = { origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" };

export const EDIT_CASES: Array<[EditRequest, Need, number, string]> = [
  [{ role: "editor", ...here }, "edit", 200, "an editor corrects a claim from this site"],
  [{ role: "admin", ...here }, "edit", 200, "an admin edits too"],
  [{ role: null, ...here }, "edit", 401, "a reader (no session) posts"],
  [{ role: "editor", ...here, origin: "https://evil.example" }, "edit", 403, "an editor's cookie sent by another site"],
  [{ role: "editor", ...here, origin: null }, "edit", 403, "a cookie write with no Origin"],
  [{ role: "editor", ...here, origin: "null" }, "edit", 403, "an opaque origin (sandboxed frame)"],
  [{ role: null, ...here, origin: "https://evil.example" }, "edit", 401, "nobody signed in, from anywhere: sign-in first"],
  [{ role: "editor", ...here }, "manageAccounts", 403, "an editor asks to manage accounts"],
  [{ role: "admin", ...here }, "manageAccounts", 200, "an admin manages accounts"],
  [{ role: "admin", ...here, origin: "https://evil.example" }, "manageAccounts", 403, "an admin's cookie sent by another site"],
  [{ role: null, ...here }, "manageAccounts", 401, "a reader asks to manage accounts"],
];
