// What the signed-in user may do, for showing menus and buttons. The server decides for real;
// this mirrors PERMISSION_ROLES in server/src/core/access.ts.
import type { Role } from '@xianfeng/shared/domain';
import type { Me } from '@xianfeng/shared/schemas/auth';

export const PERMISSION_ROLES = {
  'org.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'org.write': ['admin', 'org_staff'],
  'person.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'person.write': ['admin', 'org_staff', 'secretary'],
  'account.manage': ['admin'],
  'audit.read': ['admin', 'org_staff', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSION_ROLES;

/** Whether the user holds `permission` anywhere (at some node). */
export function canAnywhere(me: Me | null | undefined, permission: Permission): boolean {
  const roles: readonly Role[] = PERMISSION_ROLES[permission];
  return !!me?.grants.some((g) => roles.includes(g.role));
}
