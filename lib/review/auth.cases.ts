// Edit authority cases: [request, WRITE_SECRET, expected status (200 = allowed), why].
import { editorToken, type EditRequest } from "./auth";

const SECRET = "test-secret";
const base: EditRequest = { authorization: null, editorCookie: undefined, origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" };

export const EDIT_CASES: Array<[EditRequest, string | undefined, number, string]> = [
  [{ ...base, authorization: `Bearer ${SECRET}` }, SECRET, 200, "the secret as a bearer token"],
  [{ ...base, authorization: "Bearer wrong-secret" }, SECRET, 401, "a wrong bearer token"],
  [{ ...base, editorCookie: editorToken(SECRET) }, SECRET, 200, "the editor cookie from this site"],
  [{ ...base, editorCookie: editorToken("old-secret") }, SECRET, 401, "a cookie made with an earlier secret"],
  [{ ...base, editorCookie: SECRET }, SECRET, 401, "the secret itself is not the cookie"],
  [{ ...base, editorCookie: editorToken(SECRET), origin: "https://evil.example" }, SECRET, 403, "cookie write from another site"],
  [{ ...base, editorCookie: editorToken(SECRET), origin: null }, SECRET, 403, "cookie write with no Origin"],
  [base, SECRET, 401, "a reader: nothing presented"],
  [{ ...base, authorization: `Bearer ${SECRET}` }, undefined, 403, "no WRITE_SECRET: editing is off"],
  [{ ...base, editorCookie: editorToken(SECRET) }, undefined, 403, "no WRITE_SECRET: even a once-valid cookie"],
];
