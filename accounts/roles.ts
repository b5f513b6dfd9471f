// Who may do what. Readers are anonymous (the dashboard is public); an editor
// corrects claims, maps metrics and uploads; an admin also manages accounts.
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);

/** What each role may do here: rows are roles, columns permissions. */
export const PERMISSIONS: Record<Role, { edit: boolean; manageAccounts: boolean }> = {
  editor: { edit: true, manageAccounts: false },
  admin: { edit: true, manageAccounts: true },
};

// better-auth's admin plugin checks its own endpoints against these: an admin
// has every account permission, an editor none.
export const accessControl = createAccessControl(defaultStatements);
export const libraryRoles = {
  admin: accessControl.newRole({ ...adminAc.statements }),
  editor: accessControl.newRole({ user: [], session: [] }),
};
