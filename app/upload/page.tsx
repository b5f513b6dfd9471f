// /upload — editors add articles: drop files or paste URLs, watch each item's
// result, follow links to the stored articles. Signed-in editors only (an
// account, /signin); the API it posts to (/api/ingest) checks the same
// session, so the page is a convenience, not the lock.
import type { Metadata } from "next";
import Link from "next/link";
import { EditorBar } from "@/app/_components/review/EditorBar";
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
      {!who.account && who.writable && (
        <p role="status" data-testid="upload-signin">
          {t.signinNeeded}
        </p>
      )}
      <EditorBar who={who} next={next} lang={lang} />
      {who.account && <UploadForm lang={lang} limitBytes={Math.min(maxBytesFromEnv(), UPLOAD_LIMIT_BYTES)} maxUrls={MAX_URLS} />}
    </main>
  );
}
