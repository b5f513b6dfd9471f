// The sign-in page's own words; kept here so the page does not depend on the
// dashboard's dictionary (it must render even when everything else is locked).
export const SIGNIN_TEXT = {
  zh: {
    title: "登录 · 衢江经济指标看板",
    heading: "请输入访问密码",
    password: "访问密码",
    submit: "登录",
    wrong: "密码不正确，请重试。",
    notNeeded: "本站未设置访问密码，无需登录。",
    home: "返回概览",
  },
  en: {
    title: "Sign in · Qujiang economic indicators",
    heading: "Enter the site password",
    password: "Site password",
    submit: "Sign in",
    wrong: "Wrong password, please try again.",
    notNeeded: "This site has no password; no sign-in is needed.",
    home: "Back to the overview",
  },
} as const;

export type SigninLang = keyof typeof SIGNIN_TEXT;

export function signinLang(value: unknown): SigninLang {
  return value === "en" ? "en" : "zh";
}
