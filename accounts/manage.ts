// Account management, shared by `npm run user` and the accounts page: create
// (better-auth hashes the password), list, change role, disable (every session
// deleted: signed out everywhere at once) and enable again. The last active
// admin can be neither demoted nor disabled, so a deployment never locks
// itself out of its own accounts page.
import { and, asc, eq, ne, or, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { authFor, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./auth";
import { ROLES, type Role } from "./roles";

export class AccountError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export const NewAccount = z.object({
  name: z.string().trim().min(1, "a name is required").max(40, "a name has at most 40 characters").regex(/^[^\u0000-\u001f\u007f]+$/, "a name is one line of text"),
  email: z.email("not an email address").trim().toLowerCase().max(254),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `a password has at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `a password has at most ${MAX_PASSWORD_LENGTH} characters`),
  role: z.enum(ROLES, { error: `role must be ${ROLES.join(" or ")}` }),
});
export type NewAccount = z.infer<typeof NewAccount>;

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: string;
  disabled: boolean;
  createdAt: string;
}

function problems(err: z.ZodError): string {
  return err.issues.map((i) => i.message).join("; ");
}

export async function createAccount(db: Db, input: unknown, headers?: Headers): Promise<AccountRow> {
  const parsed = NewAccount.safeParse(input);
  if (!parsed.success) throw new AccountError(problems(parsed.error));
  const { name, email, password, role } = parsed.data;
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AccountError(`an account with the email ${email} exists already`, 409);
  const auth = await authFor(db, false);
  // With the admin's headers the library checks their permission too; on the server (the CLI) there are none.
  const { user } = await auth.api.createUser({ body: { name, email, password, role }, ...(headers ? { headers } : {}) });
  return (await findAccount(db, user.email))!;
}

export async function listAccounts(db: Db): Promise<AccountRow[]> {
  const rows = await db.select().from(users).orderBy(asc(users.createdAt), asc(users.email));
  return rows.map(toRow);
}

export async function findAccount(db: Db, email: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ? toRow(row) : null;
}

async function mustFind(db: Db, email: string): Promise<AccountRow> {
  const found = await findAccount(db, email);
  if (!found) throw new AccountError(`no account with the email ${email.trim().toLowerCase()}`, 404);
  return found;
}

/** Whether another active admin than this account exists. */
async function anotherActiveAdmin(db: Db, id: string): Promise<boolean> {
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), ne(users.id, id), or(eq(users.banned, false), isNull(users.banned))))
    .limit(1);
  return Boolean(other);
}

export async function setRole(db: Db, email: string, role: unknown): Promise<AccountRow> {
  const parsed = z.enum(ROLES, { error: `role must be ${ROLES.join(" or ")}` }).safeParse(role);
  if (!parsed.success) throw new AccountError(problems(parsed.error));
  const account = await mustFind(db, email);
  if (account.role === "admin" && parsed.data !== "admin" && !account.disabled && !(await anotherActiveAdmin(db, account.id))) {
    throw new AccountError(`${account.email} is the last active admin: make another admin first`, 409);
  }
  await db.update(users).set({ role: parsed.data as Role, updatedAt: new Date() }).where(eq(users.id, account.id));
  return mustFind(db, email);
}

/** Disables the account and deletes its sessions: every browser it signed in from is signed out. */
export async function disableAccount(db: Db, email: string): Promise<AccountRow> {
  const account = await mustFind(db, email);
  if (account.role === "admin" && !account.disabled && !(await anotherActiveAdmin(db, account.id))) {
    throw new AccountError(`${account.email} is the last active admin: make another admin first`, 409);
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ banned: true, banReason: "disabled by an admin", updatedAt: new Date() }).where(eq(users.id, account.id));
    await tx.delete(sessions).where(eq(sessions.userId, account.id));
  });
  return mustFind(db, email);
}

export async function enableAccount(db: Db, email: string): Promise<AccountRow> {
  const account = await mustFind(db, email);
  await db.update(users).set({ banned: false, banReason: null, banExpires: null, updatedAt: new Date() }).where(eq(users.id, account.id));
  return mustFind(db, email);
}

/** Whether any account exists: without one, the pages say how to create the first admin. */
export async function anyAccount(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}

function toRow(u: typeof users.$inferSelect): AccountRow {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role ?? "editor",
    disabled: Boolean(u.banned),
    createdAt: (u.createdAt instanceof Date ? u.createdAt : new Date(u.createdAt)).toISOString(),
  };
}
