// POST /accounts/submit — the accounts page's forms (application/x-www-form-urlencoded):
//   action=create&name=…&email=…&password=…&role=editor|admin
//   action=role&email=…&role=editor|admin
//   action=disable&email=…     (its sessions deleted: signed out everywhere at once)
//   action=enable&email=…
// An admin from this site's pages only: 401 for a reader, 403 for an editor or
// another site. Done: back to /accounts?done=…; refused (a bad field, an email
// taken, the last admin): the reason with a link back.
import { z } from "zod";
import { AccountError, createAccount, disableAccount, enableAccount, setRole } from "@/accounts/manage";
import { getDb } from "@/db/client";
import { messagePage } from "@/lib/auth/message-page";
import { readBounded } from "@/lib/auth/upload";
import { editorOf } from "@/app/api/claims/guard";
import { accountsLang } from "../strings";

const Form = z.discriminatedUnion("action", [
  z.object({ action: z.literal("create"), name: z.string(), email: z.string(), password: z.string(), role: z.string() }),
  z.object({ action: z.literal("role"), email: z.string(), role: z.string() }),
  z.object({ action: z.literal("disable"), email: z.string() }),
  z.object({ action: z.literal("enable"), email: z.string() }),
]);

const DONE = { create: "created", role: "role", disable: "disabled", enable: "enabled" } as const;

export async function POST(request: Request): Promise<Response> {
  const admin = await editorOf(request, "manageAccounts");
  if (!admin.ok) return admin.response;
  const body = await readBounded(request.body, 8 * 1024);
  if (!body.ok) return Response.json({ error: "form too large" }, { status: 413 });
  const raw = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body.bytes)));
  const lang = accountsLang(raw.lang);
  const page = lang === "en" ? "/accounts?lang=en" : "/accounts";
  const back = { href: page, text: lang === "en" ? "Back to the accounts" : "返回账号管理" };
  const form = Form.safeParse(raw);
  if (!form.success) return messagePage(400, lang, form.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), back);
  const db = await getDb();
  const f = form.data;
  try {
    if (f.action === "create") await createAccount(db, { name: f.name, email: f.email, password: f.password, role: f.role });
    else if (f.action === "role") await setRole(db, f.email, f.role);
    else if (f.action === "disable") await disableAccount(db, f.email);
    else await enableAccount(db, f.email);
  } catch (err) {
    if (err instanceof AccountError) return messagePage(err.status, lang, err.message, back);
    throw err;
  }
  const location = `${page}${page.includes("?") ? "&" : "?"}done=${DONE[f.action]}`;
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
