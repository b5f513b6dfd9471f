import type { Metadata } from "next";
import { connection } from "next/server";
import { readAuthEnv } from "@/lib/auth/env";
import { safeNextPath } from "@/lib/auth/site";
import { SIGNIN_TEXT, signinLang } from "../strings";

type Search = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const lang = signinLang(first((await searchParams).lang));
  return { title: SIGNIN_TEXT[lang].site.title, robots: { index: false } };
}

// /signin/site: the optional site-wide password (SITE_PASSWORD) for a
// deployment that must not be public; editors' accounts sign in at /signin.
// A plain form posting to a route handler: works without JavaScript, so the
// page needs no script at all (and nothing for the CSP to allow).
export default async function SigninPage({ searchParams }: { searchParams: Search }) {
  await connection(); // the nonce and the env are per request, never baked in at build
  const params = await searchParams;
  const lang = signinLang(first(params.lang));
  const t = SIGNIN_TEXT[lang].site;
  const next = safeNextPath(first(params.next));
  const failed = first(params.error) === "1";
  const required = Boolean(readAuthEnv().SITE_PASSWORD);

  return (
    <main id="main" lang={lang === "en" ? "en" : "zh-CN"} style={{ maxWidth: "24rem", margin: "4rem auto", padding: "0 1rem" }}>
      <h1>{t.heading}</h1>
      {!required ? (
        <p role="status">
          {t.notNeeded} <a href={next}>{t.home}</a>
        </p>
      ) : (
        <form method="post" action="/signin/site/submit">
          {failed && (
            <p role="alert" id="signin-error">
              {t.wrong}
            </p>
          )}
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="lang" value={lang} />
          <p>
            <label htmlFor="password">{t.password}</label>
            <br />
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              autoFocus
              aria-describedby={failed ? "signin-error" : undefined}
            />
          </p>
          <button type="submit">{t.submit}</button>
        </form>
      )}
    </main>
  );
}
