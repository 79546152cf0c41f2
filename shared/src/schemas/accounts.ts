// Account administration (账号管理): who may sign in, and the roles granted at nodes.
import { z } from 'zod';
import { ROLES } from '../domain';
import { passwordSchema } from './auth';
import { idSchema, pageQuery, versionSchema } from './common';

export const roleSchema = z.enum(ROLES);

/** Letters, digits and . _ @ - ; 3 to 64 characters. */
export const usernameSchema = z
  .string()
  .trim()
  .min(3, { message: 'account.badUsername' })
  .max(64, { message: 'account.badUsername' })
  .regex(/^[A-Za-z0-9._@-]+$/, { message: 'account.badUsername' });

export const accountsQuery = pageQuery.extend({
  /** Accounts of people in this subtree, or holding a grant inside it. */
  orgId: idSchema.optional(),
  /** Part of the user name or of the person's name, or the name's pinyin initials. */
  q: z.string().trim().max(64).optional(),
  disabled: z.stringbool().optional(),
  role: roleSchema.optional(),
});
export type AccountsQuery = z.infer<typeof accountsQuery>;

/** A role granted at a node (only grants inside the caller's scope are listed). */
export const accountGrant = z.object({ id: z.number(), orgId: z.number(), orgName: z.string(), role: roleSchema });
export type AccountGrant = z.infer<typeof accountGrant>;

export const accountRow = z.object({
  id: z.number(),
  username: z.string(),
  personId: z.number(),
  personName: z.string(),
  /** The person's branch; null when it lies outside what the caller may see. */
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(accountGrant),
  /** Whether the caller may reset, disable or unlock it (all its roles lie inside the caller's scope). */
  manageable: z.boolean(),
  version: z.number(),
});
export type AccountRow = z.infer<typeof accountRow>;

export const grantBody = z.object({ orgId: idSchema, role: roleSchema });
export type GrantBody = z.infer<typeof grantBody>;

export const createAccountBody = z.object({
  personId: idSchema,
  username: usernameSchema,
  /** When absent, a random temporary password is generated and returned once. */
  password: passwordSchema.optional(),
  roles: z.array(grantBody).max(20).default([]),
});
export type CreateAccountBody = z.infer<typeof createAccountBody>;

export const createdAccount = z.object({
  account: accountRow,
  /** The generated password, shown once; null when the caller chose one. */
  temporaryPassword: z.string().nullable(),
});

export const temporaryPassword = z.object({ temporaryPassword: z.string() });
export const versionBody = z.object({ version: versionSchema });
export const grantParams = z.object({ id: idSchema, grantId: idSchema });
