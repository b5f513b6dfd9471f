// The upload page's words, Chinese and English (?lang=en).
export type UploadLang = "zh" | "en";

export const uploadLang = (v: string | string[] | undefined): UploadLang => ((Array.isArray(v) ? v[0] : v) === "en" ? "en" : "zh");

export const UPLOAD_TEXT = {
  zh: {
    title: "导入文章",
    back: "返回总览",
    signinNeeded: "导入文章需要编辑登录。",
    intro: "拖入文件或粘贴网址（文章页、RSS/Atom 订阅、网站地图、PDF 电子版），每行一个。",
    files: "文件",
    drop: "把文件拖到这里",
    urls: "网址（每行一个）",
    submit: "导入",
    progress: "进度",
    results: "结果",
    status: { new: "已保存", unchanged: "未变", "re-extracted": "已更新", failed: "失败" },
    claims: (n: number) => `${n} 条数据`,
    badType: "只接受 .txt、.md、.html、.htm、.pdf 文件",
    tooLarge: (mb: string) => `文件过大，上限 ${mb} MB`,
    tooManyUrls: (n: number) => `一次最多 ${n} 个网址`,
    notUrl: "不是 http(s) 网址",
    listing: (kind: string, listed: number, toFetch: number) => `${kind}：列出 ${listed} 篇，需抓取 ${toFetch} 篇`,
    done: (s: { new: number; unchanged: number; reExtracted: number; failed: number }) =>
      `完成：新增 ${s.new}，未变 ${s.unchanged}，更新 ${s.reExtracted}，失败 ${s.failed}`,
    requestFailed: "请求失败",
  },
  en: {
    title: "Add articles",
    back: "Back to the overview",
    signinNeeded: "Adding articles needs an editor sign-in.",
    intro: "Drop files or paste URLs (article pages, RSS/Atom feeds, site maps, PDF editions), one per line.",
    files: "Files",
    drop: "Drop files here",
    urls: "URLs (one per line)",
    submit: "Add",
    progress: "Progress",
    results: "Results",
    status: { new: "stored", unchanged: "unchanged", "re-extracted": "re-extracted", failed: "failed" },
    claims: (n: number) => `${n} claims`,
    badType: "only .txt, .md, .html, .htm and .pdf files",
    tooLarge: (mb: string) => `too large, the limit is ${mb} MB`,
    tooManyUrls: (n: number) => `at most ${n} URLs at once`,
    notUrl: "not an http(s) URL",
    listing: (kind: string, listed: number, toFetch: number) => `${kind}: ${listed} items listed, ${toFetch} to fetch`,
    done: (s: { new: number; unchanged: number; reExtracted: number; failed: number }) =>
      `Done: ${s.new} new, ${s.unchanged} unchanged, ${s.reExtracted} re-extracted, ${s.failed} failed`,
    requestFailed: "request failed",
  },
};
