import { type Locale, PERMISSION_ROLES, type Permission, type Role } from '@xianfeng/shared/domain';

/** What a caller may do lives in shared/src/domain.ts, so the browser shows exactly what the server allows. */
export { PERMISSION_ROLES, type Permission };

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
