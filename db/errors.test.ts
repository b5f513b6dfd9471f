import { describe, expect, it } from "vitest";
import { DB_ERROR_CASES, NOT_DB_ERROR_CASES } from "./errors.cases";
import { DatabaseConfigError, explainDatabaseError, maskUrl } from "./errors";
import { FolderInUseError } from "./pglite-lock";

describe("database errors a person can act on", () => {
  it.each(DB_ERROR_CASES)("%#: %s → one line (%s)", (err, url, expected) => {
    const line = explainDatabaseError(err, url);
    expect(line).not.toBeNull();
    expect(line).not.toContain("\n");
    expect(line).toContain("DATABASE_URL");
    for (const pattern of expected) expect(line).toMatch(pattern);
  });

  it.each(NOT_DB_ERROR_CASES)("%#: not a database failure: %s (%s)", (err, url) => {
    expect(explainDatabaseError(err, url)).toBeNull();
  });

  it("passes the embedded database's own errors through as they are", () => {
    const busy = new FolderInUseError("the embedded database .data/pglite is in use by process 42");
    expect(explainDatabaseError(busy, undefined)).toBe(busy.message);
    const config = new DatabaseConfigError("DATABASE_URL is not a URL");
    expect(explainDatabaseError(config, undefined)).toBe(config.message);
  });

  it("masks the password and nothing else", () => {
    expect(maskUrl("postgres://u:p%40ss@h:1/d?sslmode=require")).toBe("postgres://u:***@h:1/d?sslmode=require");
    expect(maskUrl("postgres://u@h/d")).toBe("postgres://u@h/d");
    expect(maskUrl("not a url")).toBe("(not a URL)");
  });
});
