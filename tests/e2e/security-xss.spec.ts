import { expect, test } from "@playwright/test";
import { DB_ROWS_LOCK, upload } from "./security-helpers";

// A page whose text carries markup, ingested through the upload API and shown
// on its article page: the markup must display as text and nothing may run.

test.describe.configure({ lock: DB_ROWS_LOCK });

const MARKER = `xss-probe-${Date.now()}`;
const TEXT = [
  `衢江新闻 ${MARKER}`,
  "",
  "本报讯 今年1至10月，衢江港货物吞吐量达到1234万吨，同比增长12.5%。",
  "<img src=x onerror=alert(1)> 图片说明",
  "<script>alert(1)</script>",
  '<a href="javascript:alert(2)">点此</a> <svg onload=alert(3)></svg>',
  "",
].join("\n");

test("markup in an article's text renders as text and runs nothing", async ({ page, request }) => {
  const res = await upload(request, `${MARKER}.txt`, TEXT);
  const body: { articles: { url: string }[] } = await res.json();
  expect([200, 201], JSON.stringify(body)).toContain(res.status());
  expect(body.articles.length).toBeGreaterThan(0);

  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  // The segmenter may split the page into several articles; the markup lands in one of them.
  let shown = 0;
  for (const { url } of body.articles) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    if (text.includes("<img src=x onerror=alert(1)>") && text.includes("<script>alert(1)</script>")) shown++;
    expect(await page.locator('img[src="x"]').count(), url).toBe(0);
    expect(await page.locator("svg[onload]").count(), url).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count(), url).toBe(0);
    // Scripts are Next's own (all nonce'd); none is the page's text come alive.
    const foreign = await page.evaluate(() =>
      [...document.scripts].filter((s) => !s.src && !(s.textContent ?? "").includes("self.__next_f") && (s.textContent ?? "").includes("alert(")).length,
    );
    expect(foreign, url).toBe(0);
  }
  expect(shown, "the markup is displayed as text on the article page").toBe(1);
  expect(dialogs).toEqual([]);
});
