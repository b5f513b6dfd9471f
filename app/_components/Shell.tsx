// Page frame: header with navigation and language switch, parameter notices, content.
import Link from "next/link";
import { dict, type Lang } from "@/lib/i18n";
import { href, type Notice, type ParamName, type ViewState } from "@/lib/url-state";
import { CopyLink } from "./CopyLink";

export function Shell(props: {
  lang: Lang;
  path: string;
  state: ViewState;
  accepted: readonly ParamName[];
  notices: Notice[];
  active?: "overview" | "claims";
  hash?: string;
  /** The page has a filter form (id="filters"): a second skip link leads to it, before any other link of the page. */
  filters?: boolean;
  /** Embedded in another page (`embed=1`): no header, no navigation; the content and a link to the full view. */
  embed?: boolean;
  children: React.ReactNode;
}) {
  const { lang, path, state, accepted, notices, active } = props;
  const t = dict(lang);
  if (props.embed) {
    return (
      <div lang={lang === "zh" ? "zh-CN" : "en"} className="embed">
        <main id="main">
          {props.children}
          <p className="sub">
            <a href={href(path, { ...state, embed: "0" }, accepted)} target="_top">
              {t.openFull} · {t.appTitle}
            </a>
          </p>
        </main>
      </div>
    );
  }
  const other: Lang = lang === "zh" ? "en" : "zh";
  const keepLang = { lang } as Partial<ViewState>;
  return (
    <div lang={lang === "zh" ? "zh-CN" : "en"}>
      <a className="skip" href="#main">
        {t.skip}
      </a>
      {props.filters && (
        <a className="skip" href="#filters" data-testid="skip-filters">
          {lang === "zh" ? "跳到筛选条件" : "Skip to the filters"}
        </a>
      )}
      <header className="top">
        <div className="wrap">
          <Link className="brand" href={href("/", keepLang, ["lang"])}>
            {t.appTitle}
          </Link>
          <nav aria-label={lang === "zh" ? "主导航" : "Main"}>
            <Link href={href("/", keepLang, ["lang"])} aria-current={active === "overview" ? "page" : undefined}>
              {t.navOverview}
            </Link>
            <Link href={href("/claims", keepLang, ["lang"])} aria-current={active === "claims" ? "page" : undefined}>
              {t.navClaims}
            </Link>
            <Link
              href={href(path, { ...state, lang: other, page: "1" }, accepted)}
              hrefLang={other === "zh" ? "zh-CN" : "en"}
              lang={other === "zh" ? "zh-CN" : "en"}
              data-testid="lang-switch"
            >
              {other === "zh" ? "中文" : "English"}
            </Link>
            <CopyLink label={t.copyLink} done={t.copied} failed={t.copyFailed} />
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        {notices.length > 0 && (
          <div role="status" className="notice" data-testid="param-notice">
            {t.invalidParam}
            {notices.map((n, i) => (
              <span key={n.param}>
                {i > 0 ? lang === "zh" ? "，" : ", " : ""}
                <code>
                  {n.param}={n.value.slice(0, 40)}
                </code>
              </span>
            ))}
          </div>
        )}
        {props.children}
      </main>
    </div>
  );
}
