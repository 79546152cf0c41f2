import { type Actor, can, scopeOf, within } from '../../core/access';
import { parentPathOf } from '../orgs';

interface CampaignRef {
  ownerPath: string;
  status: string;
}

/** Plan, edit and launch: the owner node's staff (or above). */
export const canWriteCampaign = (actor: Actor, c: Pick<CampaignRef, 'ownerPath'>) => can(actor, 'campaign.write', c.ownerPath);

/** Read without looking at assignments: the owner's subtree readers. Target nodes are checked by the service. */
export const canReadOwned = (actor: Actor, c: Pick<CampaignRef, 'ownerPath'>) => can(actor, 'campaign.read', c.ownerPath);

/** Relay (自选动作, tightened deadlines, 已传达): the caller holds campaign.write at some node of the owner's subtree. */
export const administersBelow = (actor: Actor, ownerPath: string) => {
  return scopeOf(actor, 'campaign.write').some((p) => p.startsWith(ownerPath) || ownerPath.startsWith(p));
};

/** Only a draft's plan, phases and actions change. */
export const isEditable = (c: Pick<CampaignRef, 'status'>) => c.status === 'draft';

export const readScope = (actor: Actor) => scopeOf(actor, 'campaign.read');

/** 提交: the node's administrators (书记, staff, admin) — those who record its organisational life. */
export const canSubmit = (actor: Actor, orgPath: string) => can(actor, 'record.write', orgPath);

/**
 * 审核: the superior node's staff (the node's own for a top node, which has no superior), or a guidance-group
 * member (指导组) of the campaign assigned to the node or an ancestor — `guided` are the paths of the nodes
 * the caller supervises in this campaign.
 */
export function canReview(actor: Actor, orgPath: string, guided: readonly string[] = []): boolean {
  const parent = parentPathOf(orgPath);
  return can(actor, 'campaign.write', parent === '/' ? orgPath : parent) || within(guided, orgPath);
}

/** 材料: the node's staff upload (campaign or record writers there); readers of the node read. */
export const canUploadDocument = (actor: Actor, orgPath: string) => can(actor, 'campaign.write', orgPath) || can(actor, 'record.write', orgPath);
export const canReadDocument = (actor: Actor, orgPath: string) => can(actor, 'campaign.read', orgPath);
