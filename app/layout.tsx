import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "衢江经济指标看板",
  description: "从本地新闻中提取的经济数据，每个数字都可追溯到原文句子",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // Each page sets its own lang on <main>-level wrapper (the language lives in the URL, not in the layout).
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
