// The accounts the browser-test servers start with (tests/e2e/server.ts makes
// them with `npm run user -- add`, as a new deployment would). Not a spec.
export const E2E_PASSWORD = process.env.E2E_PASSWORD ?? "e2e password 2026";
export const E2E_ADMIN = { name: "测试管理员", email: "admin@e2e.test", role: "admin" as const };
export const E2E_EDITOR = { name: "测试编辑", email: "editor@e2e.test", role: "editor" as const };
export const E2E_ACCOUNTS = [E2E_ADMIN, E2E_EDITOR];
