// The editing line of the article and upload pages: how to get the first
// account when there is none, a sign-in link for readers, and for a signed-in
// editor their name, role and a sign-out button. Plain links and a form:
// no JavaScript needed.
import type { Lang } from "@/lib/i18n";
import { REVIEW_TEXT } from "@/lib/review/strings";
import type { EditorState } from "./editor";

export function EditorBar({ who, next, lang }: { who: EditorState; next: string; lang: Lang }) {
  const t = REVIEW_TEXT[lang];
  if (!who.writable) {
    return (
      <p className="sub" role="status" data-testid="no-accounts">
        {t.noAccounts} <code>npm run user -- add NAME EMAIL --role admin</code>
      </p>
    );
  }
  if (!who.account) {
    const href = `/signin?${new URLSearchParams({ next, ...(lang === "en" ? { lang } : {}) })}`;
    return (
      <p data-testid="editor-signin">
        <a href={href}>{t.editorSignin}</a>
      </p>
    );
  }
  return (
    <form method="post" action="/signin/out" className="actions" data-testid="signed-in">
      <span>
        {t.signedInAs}
        <strong>{who.account.name}</strong> ({t.roles[who.account.role] ?? who.account.role})
      </span>{" "}
      {who.account.role === "admin" && (
        <>
          <a href={lang === "en" ? "/accounts?lang=en" : "/accounts"}>{t.accounts}</a>{" "}
        </>
      )}
      <input type="hidden" name="next" value={next} />
      <button type="submit">{t.signOut}</button>
    </form>
  );
}
