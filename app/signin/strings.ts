// The sign-in pages' own words; kept here so the pages do not depend on the
// dashboard's dictionary (they must render even when everything else is locked).
// Field labels are a contract (DESIGN.md): 邮箱 / Email, 密码 / Password.
export const SIGNIN_TEXT = {
  zh: {
    title: "编辑登录 · 衢江经济指标看板",
    heading: "编辑登录",
    email: "邮箱",
    password: "密码",
    submit: "登录",
    // One message whatever was wrong: it never says whether the email exists.
    wrong: "邮箱或密码不正确，请重试。",
    tooMany: (seconds: number) => `登录失败次数过多，请 ${seconds} 秒后再试。`,
    noAccounts: "尚无编辑账号。在服务器上创建第一个管理员：",
    back: "返回",
    home: "返回概览",
    site: {
      title: "登录 · 衢江经济指标看板",
      heading: "请输入访问密码",
      password: "访问密码",
      submit: "登录",
      wrong: "密码不正确，请重试。",
      notNeeded: "本站未设置访问密码，无需登录。",
      home: "返回概览",
    },
  },
  en: {
    title: "Editor sign-in · Qujiang economic indicators",
    heading: "Editor sign-in",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    wrong: "Wrong email or password, please try again.",
    tooMany: (seconds: number) => `Too many failed sign-ins; try again in ${seconds} s.`,
    noAccounts: "No editor accounts yet. Create the first admin on the server:",
    back: "Back",
    home: "Back to the overview",
    site: {
      title: "Sign in · Qujiang economic indicators",
      heading: "Enter the site password",
      password: "Site password",
      submit: "Sign in",
      wrong: "Wrong password, please try again.",
      notNeeded: "This site has no password; no sign-in is needed.",
      home: "Back to the overview",
    },
  },
} as const;

export type SigninLang = keyof typeof SIGNIN_TEXT;

export function signinLang(value: unknown): SigninLang {
  return value === "en" ? "en" : "zh";
}
