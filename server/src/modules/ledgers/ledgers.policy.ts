import { type Actor, can, scopeOf } from '../../core/access';
import { parentPathOf } from '../orgs';

/** Keep the list, register and assign items, approve extensions, reopen: the owner node's staff or above. */
export const canManage = (actor: Actor, ownerPath: string) => can(actor, 'ledger.manage', ownerPath);

/** Progress, 申请销号, extension requests: the responsible node's staff and 书记. */
export const canUpdate = (actor: Actor, responsiblePath: string) => can(actor, 'ledger.write', responsiblePath);

/** 销号 / 退回: the list's owner, or the responsible node's superior. */
export function canClose(actor: Actor, ownerPath: string, responsiblePath: string) {
  const parent = parentPathOf(responsiblePath);
  return canManage(actor, ownerPath) || (parent !== '/' && can(actor, 'ledger.manage', parent));
}

export const readScope = (actor: Actor) => scopeOf(actor, 'ledger.read');

/** A list is readable by readers of its owner's subtree. */
export const canReadLedger = (actor: Actor, ownerPath: string) => can(actor, 'ledger.read', ownerPath);
