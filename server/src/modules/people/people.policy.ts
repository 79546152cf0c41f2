import type { OrgType, PartyStatus } from '@xianfeng/shared/domain';
import { type Actor, can, scopeOf } from '../../core/access';

interface PersonRef {
  id: number;
  orgPath: string;
}

/** Staff over the person's branch, or the person themself (self-service). */
export const canReadPerson = (actor: Actor, person: PersonRef) =>
  actor.personId === person.id || can(actor, 'person.read', person.orgPath);

/** In a roster the actor reads (being oneself is not enough, e.g. to be appointed). */
export const inRoster = (actor: Actor, person: PersonRef) => can(actor, 'person.read', person.orgPath);

export const canWritePerson = (actor: Actor, person: PersonRef) => can(actor, 'person.write', person.orgPath);

/** The subtrees whose roster the actor reads; outside them the actor sees only themself. */
export const rosterScope = (actor: Actor) => scopeOf(actor, 'person.read');

/** Positions are held at a node by the node's staff (person.write there). */
export const canManagePositionsAt = (actor: Actor, org: { path: string }) => can(actor, 'person.write', org.path);

/**
 * Where a membership (组织关系) may be held: party members and those on the way in belong to a
 * branch (党支部) or one of its party groups (党小组); non-members (群众) may be kept at any node,
 * e.g. the staff of a committee office.
 */
export function canHoldMembership(status: PartyStatus, orgType: string): boolean {
  if (status === 'non_member') return true;
  return (['branch', 'party_group'] as readonly string[]).includes(orgType as OrgType);
}

/**
 * 入党时间 belongs to members, 转正时间 to full members; a non-member may be a former member and
 * keep both.
 */
export function datesFitStatus(status: PartyStatus, joinedOn: string | null, fullMemberOn: string | null): boolean {
  if (status === 'full_member' || status === 'non_member') return true;
  if (status === 'probationary_member') return !fullMemberOn;
  return !joinedOn && !fullMemberOn;
}
