// /upload — editors add articles: drop files or paste URLs, watch each item's
// result, follow links to the stored articles. Signed-in editors only (the
// editor sign-in of lib/review/auth.ts, WRITE_SECRET); the API it posts to
// (/api/ingest) checks the same cookie, so the page is a convenience, not the lock.
import type { Metadata } from "next";
import Link from "next/link";
import { SigninNotice } from "@/app/_components/review/SigninNotice";
import { editorState } from "@/app/_components/review/editor";
import { maxBytesFromEnv } from "@/ingest/files";
import { UPLOAD_LIMIT_BYTES } from "@/lib/auth/upload";
import { MAX_URLS } from "./limits";
import { UPLOAD_TEXT, uploadLang } from "./strings";
import { UploadForm } from "./UploadForm";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: UPLOAD_TEXT[uploadLang((await searchParams).lang)].title, robots: { index: false } };
}

export default async function UploadPage({ searchParams }: { searchParams: Search }) {
  const lang = uploadLang((await searchParams).lang);
  const t = UPLOAD_TEXT[lang];
  const who = await editorState();
  const next = lang === "en" ? "/upload?lang=en" : "/upload";
  return (
    <main id="main" lang={lang === "en" ? "en" : "zh-CN"} className="wrap" style={{ maxWidth: "48rem", margin: "2rem auto", padding: "0 1rem" }}>
      <p>
        <Link href={lang === "en" ? "/?lang=en" : "/"}>← {t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      {!who.writable && (
        <p role="status" data-testid="upload-off">
          {t.off}
        </p>
      )}
      {who.writable && !who.editor && (
        <section data-testid="upload-signin" aria-labelledby="h-signin">
          <p id="h-signin" role="status">
            {t.signinNeeded}
          </p>
          <SigninNotice text={t.signinFailed} />
          <form method="post" action="/api/claims/session">
            <input type="hidden" name="next" value={next} />
            <label htmlFor="editor-secret">{t.secret}</label>{" "}
            <input id="editor-secret" name="secret" type="password" autoComplete="current-password" required />{" "}
            <label htmlFor="editor-name">{t.name}</label> <input id="editor-name" name="name" maxLength={40} size={12} />{" "}
            <button type="submit">{t.signIn}</button>
          </form>
        </section>
      )}
      {who.editor && (
        <>
          <form method="post" action="/api/claims/session" className="actions">
            <span>
              {t.signedInAs}
              <strong>{who.name}</strong>
            </span>{" "}
            <input type="hidden" name="next" value={next} />
            <input type="hidden" name="signout" value="1" />
            <button type="submit">{t.signOut}</button>
          </form>
          <UploadForm lang={lang} limitBytes={Math.min(maxBytesFromEnv(), UPLOAD_LIMIT_BYTES)} maxUrls={MAX_URLS} />
        </>
      )}
    </main>
  );
}
