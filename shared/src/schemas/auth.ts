import { z } from 'zod';
import { LOCALES, ROLES } from '../domain';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

export const grantView = z.object({
  orgId: z.number(),
  orgName: z.string(),
  path: z.string(),
  role: z.enum(ROLES),
  source: z.enum(['grant', 'position']),
});

export const me = z.object({
  accountId: z.number(),
  personId: z.number(),
  username: z.string(),
  name: z.string(),
  locale: z.enum(LOCALES),
  mustChangePassword: z.boolean(),
  grants: z.array(grantView),
  /** The person's own branch, for self-service pages. */
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  /** The deployment's IANA time zone (XIANFENG_TIME_ZONE): the browser shows meeting times in it. */
  timeZone: z.string(),
});
export type Me = z.infer<typeof me>;

/** At least 8 characters, with letters and digits. */
export const passwordSchema = z
  .string()
  .min(8, { message: 'auth.weakPassword' })
  .max(200)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'auth.weakPassword' });

export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema });
export const localeBody = z.object({ locale: z.enum(LOCALES) });
