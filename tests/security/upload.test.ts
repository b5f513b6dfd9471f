import { describe, expect, it } from "vitest";
import { declaredTooLarge, readBounded, UploadFileName } from "@/lib/auth/upload";

function streamOf(chunks: Uint8Array[]): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  let i = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => i, cancelled: () => cancelled };
}

describe("readBounded", () => {
  it("returns the whole body when within the limit", async () => {
    const { stream } = streamOf([new Uint8Array([1, 2]), new Uint8Array([3])]);
    const r = await readBounded(stream, 3);
    expect(r.ok && Array.from(r.bytes)).toEqual([1, 2, 3]);
  });
  it("stops reading and cancels as soon as the limit is passed", async () => {
    const chunk = new Uint8Array(1000);
    const s = streamOf(Array.from({ length: 100 }, () => chunk));
    const r = await readBounded(s.stream, 2500);
    expect(r).toEqual({ ok: false, tooLarge: true });
    expect(s.pulled()).toBeLessThan(10);
    expect(s.cancelled()).toBe(true);
  });
  it("treats a missing body as empty", async () => {
    const r = await readBounded(null, 10);
    expect(r.ok && r.bytes.byteLength).toBe(0);
  });
});

describe("declaredTooLarge", () => {
  it.each([
    [null, false],
    ["10", false],
    ["11", true],
    ["abc", false],
  ])("%j → %s (limit 10)", (header, expected) => {
    expect(declaredTooLarge(header, 10)).toBe(expected);
  });
});

describe("UploadFileName", () => {
  it.each([
    ["page.txt", "page.txt"],
    ["今日衢江.md", "今日衢江.md"],
    ["../../etc/passwd.txt", "passwd.txt"],
    ["C:\\Users\\x\\page.html", "page.html"],
    ["evil\u202etxt.html", "eviltxt.html"],
    ["a\u0000b.txt", "ab.txt"],
  ])("%j → %j", (input, expected) => {
    expect(UploadFileName.parse(input)).toBe(expected);
  });
  it.each(["", "page.exe", "page", "../", "a".repeat(300) + ".txt"])("refuses %j", (input) => {
    expect(UploadFileName.safeParse(input).success).toBe(false);
  });
});
