// 组织关系转接 (transfers): one person, many at once (批量转接, the second half of a split — 分设), or
// everyone of a node that merges away. One rule for all three; a group moves whole or not at all.
import type { Locale, PartyStatus } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import type { BulkTransferBody, BulkTransferResult, TransferBody, TransferRefusalView } from '@xianfeng/shared/schemas/people';
import type { Actor } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, invalid } from '../../core/errors';
import type { Executor } from '../../db/client';
import { type AuditInput, recordAudit } from '../audit';
import { loadOrgInScope, type OrgRow } from '../orgs';
import * as policy from './people.policy';
import { findPersonInScope, notInFuture } from './people.service';
import * as q from './transfers.queries';

interface Refusal {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Audit entries per insert, well under PostgreSQL's limit of parameters per statement. */
const AUDIT_CHUNK = 1_000;

/** Why one person may not move to `target` on `effectiveOn`, or null when they may. */
export function transferRefusal(
  actor: Actor,
  c: q.TransferCandidate,
  target: Pick<OrgRow, 'id' | 'type'>,
  effectiveOn: string,
): Refusal | null {
  if (!policy.canWritePerson(actor, c)) return { key: 'person.notFound' };
  if (c.orgId === target.id) return { key: 'person.sameBranch' };
  if (!policy.canHoldMembership(c.partyStatus as PartyStatus, target.type)) return { key: 'person.targetNotBranch' };
  if (c.membershipStartOn === null) return { key: 'person.noOpenMembership' };
  if (effectiveOn < c.membershipStartOn) return { key: 'person.dateBeforeMembership', params: { date: c.membershipStartOn } };
  return null;
}

/** The node people move to: in the caller's roster scope, not dissolved, and a date not in the future. */
async function transferTarget(ctx: Ctx, tx: Executor, toOrgId: number, effectiveOn: string) {
  const target = await loadOrgInScope(ctx, toOrgId, 'person.write', tx);
  if (target.dissolvedOn) throw invalid('org.dissolved');
  notInFuture(ctx, effectiveOn);
  return target;
}

/** Writes the moves and one audit entry per person. */
async function applyTransfers(
  tx: Executor,
  ctx: Ctx,
  moving: q.TransferCandidate[],
  target: OrgRow,
  effectiveOn: string,
  reason: string | null,
) {
  await q.moveMemberships(tx, moving, target, effectiveOn, reason);
  const entries: AuditInput[] = moving.map((c) => ({
    action: 'person.transfer',
    entityType: 'person',
    entityId: c.id,
    orgId: target.id,
    summary: `${c.name} → ${target.name}`,
    before: { orgId: c.orgId, membershipStartOn: c.membershipStartOn },
    after: { orgId: target.id, effectiveOn, reason },
  }));
  for (let i = 0; i < entries.length; i += AUDIT_CHUNK) await recordAudit(tx, ctx, ...entries.slice(i, i + AUDIT_CHUNK));
}

/**
 * Checks every person, then moves them all; any refusal rejects the whole group with a 400 whose
 * details list each refused person (their name only when the caller may see them).
 */
async function transferAll(
  tx: Executor,
  ctx: Ctx,
  ids: readonly number[],
  target: OrgRow,
  effectiveOn: string,
  reason: string | null,
  locale: Locale,
  refusedKey: MessageKey,
) {
  const found = new Map((await q.lockCandidates(tx, ids)).map((c) => [c.id, c]));
  const refusals: TransferRefusalView[] = [];
  for (const id of ids) {
    const c = found.get(id);
    const refusal = c ? transferRefusal(ctx.actor, c, target, effectiveOn) : { key: 'person.notFound' as const };
    if (!refusal) continue;
    const name = c && policy.canReadPerson(ctx.actor, c) ? c.name : '';
    refusals.push({ personId: id, name, message: translate(locale, refusal.key, refusal.params) });
  }
  if (refusals.length > 0) throw invalid(refusedKey, { count: refusals.length }, refusals);
  const moving = ids.map((id) => found.get(id)!);
  await applyTransfers(tx, ctx, moving, target, effectiveOn, reason);
  return moving;
}

/** 组织关系转接 of one person, with the version the caller read. */
export async function transferPerson(ctx: Ctx, id: number, body: TransferBody) {
  return ctx.db.transaction(async (tx) => {
    await findPersonInScope(ctx, id, 'person.write', tx);
    const target = await transferTarget(ctx, tx, body.toOrgId, body.effectiveOn);
    const [c] = await q.lockCandidates(tx, [id]);
    const refusal = transferRefusal(ctx.actor, c!, target, body.effectiveOn);
    if (refusal) throw invalid(refusal.key, refusal.params);
    if (c!.version !== body.version) throw conflict();
    await applyTransfers(tx, ctx, [c!], target, body.effectiveOn, body.reason || null);
  });
}

/** 批量转接: all the people to one node on one date, or nobody. */
export async function bulkTransfer(ctx: Ctx, body: BulkTransferBody, locale: Locale): Promise<BulkTransferResult> {
  return ctx.db.transaction(async (tx) => {
    const target = await transferTarget(ctx, tx, body.toOrgId, body.effectiveOn);
    const ids = [...new Set(body.personIds)];
    const reason = body.reason || null;
    await transferAll(tx, ctx, ids, target, body.effectiveOn, reason, locale, 'person.bulkTransferRefused');
    await recordAudit(tx, ctx, {
      action: 'person.bulkTransfer',
      entityType: 'org',
      entityId: target.id,
      orgId: target.id,
      summary: `${ids.length} → ${target.name}`,
      after: { personIds: ids, effectiveOn: body.effectiveOn, reason },
    });
    return { transferred: ids.length, toOrgId: target.id, effectiveOn: body.effectiveOn };
  });
}

/**
 * Everyone whose membership is at `from` moves to `target`, inside the caller's transaction (a
 * merge, 合并); the caller checks the target and the date. Returns how many moved.
 */
export async function transferMembersOf(
  tx: Executor,
  ctx: Ctx,
  from: Pick<OrgRow, 'id'>,
  target: OrgRow,
  effectiveOn: string,
  reason: string,
  locale: Locale,
): Promise<number> {
  const ids = await q.openMemberIdsAt(tx, from.id);
  const moved = await transferAll(tx, ctx, ids, target, effectiveOn, reason, locale, 'org.mergePeopleRefused');
  return moved.length;
}
