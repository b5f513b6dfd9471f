import { describe, expect, it } from "vitest";
import { lookupArea } from "../areas/gazetteer";
import { normalise } from "../normalise";
import { articleHome } from "./area-home";
import { HOME_CASES } from "./area-home.cases";

describe("the article's home", () => {
  it.each(HOME_CASES)("$name", (c) => {
    const home = articleHome({
      paper: c.paper ? lookupArea(c.paper) : null,
      configured: lookupArea(c.configured ?? "衢江区")!,
      headline: normalise(c.headline),
      lead: normalise(c.lead),
      body: c.body ? normalise(c.body) : undefined,
    });
    expect([home.area.name, home.source]).toEqual(c.expect);
  });
});
