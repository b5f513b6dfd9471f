// Every missing page (an article, an indicator, a path nobody wrote) answers
// HTTP 404 with this page. The language is not known here (a not-found page
// gets no search parameters), so it speaks both, each marked with its lang.
import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <header className="top">
        <div className="wrap">
          <Link className="brand" href="/">
            衢江经济指标看板
          </Link>
        </div>
      </header>
      <main id="main" className="wrap">
        <h1>
          <span lang="zh-CN">未找到</span> / <span lang="en">Not found</span>
        </h1>
        <div className="empty" role="status">
          <p lang="zh-CN">这个页面不存在：文章可能已被删除，指标编号可能有误。</p>
          <p lang="en">There is no such page: the article may have been removed, or the indicator id is wrong.</p>
          <ul>
            <li>
              <Link href="/">返回概览</Link> / <Link href="/?lang=en" lang="en">Back to the overview</Link>
            </li>
            <li>
              <Link href="/claims">在数据明细中查找</Link> / <Link href="/claims?lang=en" lang="en">Search the claims explorer</Link>
            </li>
          </ul>
        </div>
      </main>
    </div>
  );
}
