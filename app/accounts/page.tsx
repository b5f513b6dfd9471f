// /accounts — an admin creates editors, changes roles, disables and enables
// accounts. Plain forms posting to /accounts/submit (no JavaScript needed);
// the route checks the same admin session, so this page is a convenience, not the lock.
import type { Metadata } from "next";
import Link from "next/link";
import { listAccounts } from "@/accounts/manage";
import { ROLES } from "@/accounts/roles";
import { EditorBar } from "@/app/_components/review/EditorBar";
import { editorState } from "@/app/_components/review/editor";
import { getDb } from "@/db/client";
import { ACCOUNTS_TEXT, accountsLang } from "./strings";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: ACCOUNTS_TEXT[accountsLang((await searchParams).lang)].title, robots: { index: false } };
}

export default async function AccountsPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const lang = accountsLang(params.lang);
  const t = ACCOUNTS_TEXT[lang];
  const who = await editorState();
  const next = lang === "en" ? "/accounts?lang=en" : "/accounts";
  const isAdmin = who.account?.role === "admin";
  const done = typeof params.done === "string" ? t.done[params.done] : undefined;
  const accounts = isAdmin ? await listAccounts(await getDb()) : [];
  const hidden = (
    <>
      <input type="hidden" name="lang" value={lang} />
    </>
  );
  return (
    <main id="main" lang={lang === "en" ? "en" : "zh-CN"} className="wrap" style={{ maxWidth: "48rem", margin: "2rem auto", padding: "0 1rem" }}>
      <p>
        <Link href={lang === "en" ? "/?lang=en" : "/"}>← {t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      <EditorBar who={who} next={next} lang={lang} />
      {who.account && !isAdmin && (
        <p role="status" data-testid="admin-only">
          {t.adminOnly}
        </p>
      )}
      {isAdmin && (
        <>
          {done && (
            <p role="status" className="notice" data-testid="accounts-done">
              {done}
            </p>
          )}
          <section aria-labelledby="h-create">
            <h2 id="h-create">{t.create}</h2>
            <form method="post" action="/accounts/submit" data-testid="create-account">
              {hidden}
              <input type="hidden" name="action" value="create" />
              <p>
                <label htmlFor="new-name">{t.name}</label> <input id="new-name" name="name" required maxLength={40} />
              </p>
              <p>
                <label htmlFor="new-email">{t.email}</label> <input id="new-email" name="email" type="email" required maxLength={254} autoComplete="off" />
              </p>
              <p>
                <label htmlFor="new-password">{t.password}</label>{" "}
                <input id="new-password" name="password" type="password" required minLength={10} maxLength={128} autoComplete="new-password" />
              </p>
              <p>
                <label htmlFor="new-role">{t.role}</label>{" "}
                <select id="new-role" name="role" defaultValue="editor">
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t.roles[r]}
                    </option>
                  ))}
                </select>
              </p>
              <button type="submit">{t.createSubmit}</button>
            </form>
          </section>
          <section aria-labelledby="h-list">
            <h2 id="h-list">{t.list}</h2>
            <table data-testid="accounts">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((a) => {
                  const other = a.role === "admin" ? "editor" : "admin";
                  return (
                    <tr key={a.id} data-email={a.email}>
                      <td>{a.name}</td>
                      <td>{a.email}</td>
                      <td>{t.roles[a.role] ?? a.role}</td>
                      <td>{a.disabled ? t.disabled : t.active}</td>
                      <td>
                        <form method="post" action="/accounts/submit" style={{ display: "inline" }}>
                          {hidden}
                          <input type="hidden" name="action" value="role" />
                          <input type="hidden" name="email" value={a.email} />
                          <input type="hidden" name="role" value={other} />
                          <button type="submit">
                            {t.changeRole} {t.roles[other]}
                          </button>
                        </form>{" "}
                        <form method="post" action="/accounts/submit" style={{ display: "inline" }}>
                          {hidden}
                          <input type="hidden" name="action" value={a.disabled ? "enable" : "disable"} />
                          <input type="hidden" name="email" value={a.email} />
                          <button type="submit">{a.disabled ? t.enable : t.disable}</button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        </>
      )}
    </main>
  );
}
