import { type Actor, can, scopeOf } from '../../core/access';
import { parentPathOf } from '../orgs';

interface CampaignRef {
  ownerPath: string;
  status: string;
}

/** Plan, edit and launch: the owner node's staff (or above). */
export const canWriteCampaign = (actor: Actor, c: Pick<CampaignRef, 'ownerPath'>) => can(actor, 'campaign.write', c.ownerPath);

/** Read without looking at assignments: the owner's subtree readers. Target nodes are checked by the service. */
export const canReadOwned = (actor: Actor, c: Pick<CampaignRef, 'ownerPath'>) => can(actor, 'campaign.read', c.ownerPath);

/** Only a draft's plan, phases and actions change. */
export const isEditable = (c: Pick<CampaignRef, 'status'>) => c.status === 'draft';

export const readScope = (actor: Actor) => scopeOf(actor, 'campaign.read');

/** 提交: the node's administrators (书记, staff, admin) — those who record its organisational life. */
export const canSubmit = (actor: Actor, orgPath: string) => can(actor, 'record.write', orgPath);

/** 审核: the superior node's staff (the node's own for a top node, which has no superior). */
export function canReview(actor: Actor, orgPath: string): boolean {
  const parent = parentPathOf(orgPath);
  return can(actor, 'campaign.write', parent === '/' ? orgPath : parent);
}
