// What the signed-in user may do, for showing menus and buttons. The server decides for real,
// from the same table (PERMISSION_ROLES in shared/src/domain.ts).
import { PERMISSION_ROLES, type Permission, type Role } from '@xianfeng/shared/domain';
import type { Me } from '@xianfeng/shared/schemas/auth';

export type { Permission };

/** Whether the user holds `permission` anywhere (at some node). */
export function canAnywhere(me: Me | null | undefined, permission: Permission): boolean {
  const roles: readonly Role[] = PERMISSION_ROLES[permission];
  return !!me?.grants.some((g) => roles.includes(g.role));
}
