import { type Actor, can, scopeOf } from '../../core/access';
import { parentPathOf } from '../orgs';

interface RecordRef {
  orgPath: string;
  status: string;
  hostPersonId: number | null;
  recorderPersonId: number | null;
}

/** Administrators of the subtree read its records; a member reads those that list them (checked by the caller). */
export const canReadRecords = (actor: Actor, r: Pick<RecordRef, 'orgPath'>) => can(actor, 'record.read', r.orgPath);

/** Record, edit, cancel, attach: the node's administrators (书记, staff, admin). */
export const canWriteRecord = (actor: Actor, r: Pick<RecordRef, 'orgPath'>) => can(actor, 'record.write', r.orgPath);

/**
 * 审核锁定: the superior's staff or reviewer, i.e. the permission at the node's parent; a top node has no
 * parent, so its own reviewers lock its records.
 */
export function canLockRecord(actor: Actor, r: Pick<RecordRef, 'orgPath'>): boolean {
  const parent = parentPathOf(r.orgPath);
  return can(actor, 'record.review', parent === '/' ? r.orgPath : parent);
}

/** Open, show and close the QR check-in: the host, the recorder, or the node's administrators. */
export const canManageCheckIn = (actor: Actor, r: RecordRef) =>
  r.status !== 'cancelled' && (canWriteRecord(actor, r) || actor.personId === r.hostPersonId || actor.personId === r.recorderPersonId);

export const readScope = (actor: Actor) => scopeOf(actor, 'record.read');
