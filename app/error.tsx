"use client";
// Something failed on the server (e.g. the database is unreachable). Says what to try, in both languages.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="wrap">
      <h1>出错了 / Something went wrong</h1>
      <div className="empty" role="alert">
        <p>页面暂时无法加载。请稍后重试；如果问题持续，请检查数据库是否可用（DATABASE_URL 或 PGLITE_DIR）。</p>
        <p lang="en">The page could not be loaded. Try again; if it keeps failing, check that the database (DATABASE_URL or PGLITE_DIR) is reachable.</p>
        <button type="button" onClick={() => reset()}>
          重试 / Retry
        </button>{" "}
        <a className="button" href="/">
          概览 / Overview
        </a>
      </div>
    </main>
  );
}
