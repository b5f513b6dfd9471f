// Probe articles (tests/fixtures/probe): place, time and status of chosen figures on
// articles written in shapes the dev set does not use, extracted as the CLI does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "@/extract/index";
import { normalise } from "@/extract/normalise";
import { readSource } from "@/extract/source";
import { PROBES } from "../fixtures/probe/expected";

const DIR = join(__dirname, "..", "fixtures", "probe");

describe.each(Object.entries(PROBES))("probe %s", (file, expectations) => {
  const src = readSource(readFileSync(join(DIR, file)), file);
  const doc = extractDocument(src.text, { fileName: file, frontMatter: src.frontMatter });
  it.each(expectations)("$written → $area, $period, $status", (e) => {
    const from = e.after ? doc.normalisedText.indexOf(normalise(e.after)) : 0;
    const at = doc.normalisedText.indexOf(normalise(e.written), Math.max(0, from));
    expect(at, `"${e.written}" in the text`).toBeGreaterThanOrEqual(0);
    const claim = doc.claims.find((c) => c.start === at);
    expect(claim, `a claim on "${e.written}"`).toBeDefined();
    expect({
      area: claim!.area,
      period: claim!.period,
      status: claim!.status,
      ...(e.sector ? { sector: claim!.sector } : {}),
      ...(e.indicator !== undefined ? { indicator: claim!.indicator } : {}),
    }).toEqual({
      area: e.area,
      period: e.period,
      status: e.status,
      ...(e.sector ? { sector: e.sector } : {}),
      ...(e.indicator !== undefined ? { indicator: e.indicator } : {}),
    });
  });
});
