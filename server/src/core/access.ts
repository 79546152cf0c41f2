import type { Locale, Role } from '@xianfeng/shared/domain';

/** A role the caller holds at a node, from a grant or from a position held there (书记). */
export interface Grant {
  orgId: number;
  path: string;
  role: Role;
  source: 'grant' | 'position';
}

/** The authenticated caller, loaded once per request. */
export interface Actor {
  accountId: number;
  personId: number;
  username: string;
  name: string;
  locale: Locale;
  grants: Grant[];
}

/** What a caller may do; each permission lists the roles that carry it (at a node, over its subtree). */
export const PERMISSION_ROLES = {
  'org.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'org.write': ['admin', 'org_staff'],
  'person.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'person.write': ['admin', 'org_staff', 'secretary'],
  'account.manage': ['admin'],
  'audit.read': ['admin', 'org_staff', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSION_ROLES;

export const inSubtree = (path: string, rootPath: string) => path.startsWith(rootPath);

/** Whether `path` lies in one of the subtrees of a scope computed once by `scopeOf` (for bulk checks). */
export const within = (scope: readonly string[], path: string) => scope.some((root) => inSubtree(path, root));

/**
 * The subtrees (as path prefixes) where the actor holds `permission`, reduced so that no prefix
 * lies inside another. An empty list means nowhere.
 */
export function scopeOf(actor: Actor, permission: Permission): string[] {
  const roles: readonly Role[] = PERMISSION_ROLES[permission];
  const paths = [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.path))].sort();
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => inSubtree(p, q)));
}

/** Whether the actor holds `permission` at the node with `path` (anywhere on its ancestry). */
export function can(actor: Actor, permission: Permission, path: string): boolean {
  return within(scopeOf(actor, permission), path);
}

/** Roles the actor holds at or above the node with `path`. */
export function rolesAt(actor: Actor, path: string): Role[] {
  return [...new Set(actor.grants.filter((g) => inSubtree(path, g.path)).map((g) => g.role))];
}
