import type { Metadata } from "next";
import { connection } from "next/server";
import { anyAccount } from "@/accounts/manage";
import { getDb } from "@/db/client";
import { safeNextPath } from "@/lib/auth/site";
import { SIGNIN_TEXT, signinLang } from "./strings";

type Search = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const lang = signinLang(first((await searchParams).lang));
  return { title: SIGNIN_TEXT[lang].title, robots: { index: false } };
}

// /signin: editors and admins sign in with their account's email and password.
// A plain form posting to a route handler: works without JavaScript, so the
// page needs no script at all. A failure shows one message whatever was wrong.
export default async function SigninPage({ searchParams }: { searchParams: Search }) {
  await connection(); // per request, never baked in at build
  const params = await searchParams;
  const lang = signinLang(first(params.lang));
  const t = SIGNIN_TEXT[lang];
  const next = safeNextPath(first(params.next));
  const failed = first(params.error) === "1";
  const accounts = await anyAccount(await getDb());

  return (
    <main id="main" lang={lang === "en" ? "en" : "zh-CN"} style={{ maxWidth: "24rem", margin: "4rem auto", padding: "0 1rem" }}>
      <h1>{t.heading}</h1>
      {!accounts && (
        <p role="status" data-testid="no-accounts">
          {t.noAccounts} <code>npm run user -- add NAME EMAIL --role admin</code>
        </p>
      )}
      <form method="post" action="/signin/submit">
        {failed && (
          <p role="alert" id="signin-error">
            {t.wrong}
          </p>
        )}
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="lang" value={lang} />
        <p>
          <label htmlFor="email">{t.email}</label>
          <br />
          <input id="email" name="email" type="email" autoComplete="username" required autoFocus maxLength={254} aria-describedby={failed ? "signin-error" : undefined} />
        </p>
        <p>
          <label htmlFor="password">{t.password}</label>
          <br />
          <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={128} />
        </p>
        <button type="submit">{t.submit}</button>
      </form>
      <p>
        <a href={next}>{t.back}</a>
      </p>
    </main>
  );
}
