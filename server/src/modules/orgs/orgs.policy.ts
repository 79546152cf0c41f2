import { ALLOWED_CHILD_TYPES, type OrgType } from '@xianfeng/shared/domain';
import { type Actor, can, scopeOf } from '../../core/access';

interface Node {
  path: string;
  type: string;
}

/** Parent's path of a node path: '/1/5/23/' → '/1/5/'. */
export const parentPathOf = (path: string) => path.replace(/\d+\/$/, '');

export const canReadOrg = (actor: Actor, org: Node) => can(actor, 'org.read', org.path);

/** Rename or edit details: staff of the node or above. */
export const canEditOrg = (actor: Actor, org: Node) => can(actor, 'org.write', org.path);

export const canCreateUnder = (actor: Actor, parent: Node) => can(actor, 'org.write', parent.path);

/** Move and dissolve change the parent's structure: they need rights strictly above the node. */
export const canRestructure = (actor: Actor, org: Node) =>
  parentPathOf(org.path) !== '/' && can(actor, 'org.write', parentPathOf(org.path));

export const isChildTypeAllowed = (parentType: string, childType: string) =>
  (ALLOWED_CHILD_TYPES[parentType as OrgType] ?? []).includes(childType as OrgType);

/** The tops of the tree the actor sees: one per granted subtree. */
export const readRoots = (actor: Actor) => scopeOf(actor, 'org.read');
