// 合并 (merge): a node merges into another of the same type on an effective date. Its active children
// move under the target, its members transfer there, its leadership's terms end and it is dissolved —
// in one transaction, every step in the history (org_versions, memberships) and the audit log.
// A split (分设) needs no function of its own: a new node, then a bulk transfer (people module).
import type { Locale } from '@xianfeng/shared/domain';
import type { MergeOrgBody } from '@xianfeng/shared/schemas/orgs';
import type { Ctx } from '../../core/context';
import { conflict, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { type AuditInput, recordAudit } from '../audit';
import { endTermsAt, rewritePeoplePaths, transferMembersOf } from '../people';
import { rewriteAssignmentPaths } from '../campaigns';
import { rewriteRecordPaths } from '../records';
import { rewriteLedgerPaths } from '../ledgers';
import * as policy from './orgs.policy';
import * as q from './orgs.queries';
import { auditView, loadOrgInScope, newVersion } from './orgs.service';

/** The reason recorded on the memberships a merge moves (the web shows it as a label). */
export const MERGE_REASON = 'merge';

/** Moves the node's active children under `into` on `on`, each with a 'move' version; returns their audit entries. */
async function moveChildren(tx: Executor, org: q.OrgRow, into: q.OrgRow, on: string, note: string | undefined, timeZone: string) {
  const entries: AuditInput[] = [];
  for (const child of await q.activeChildren(tx, org.id)) {
    const start = await q.currentVersionStart(tx, child.id);
    if (start && on < start) throw invalid('org.childDateBeforeCurrent', { name: child.name, date: start });
    const newPath = `${into.path}${child.id}/`;
    const moved = await q.updateOrg(tx, child.id, child.version, { parentId: into.id });
    if (!moved) throw conflict();
    await q.rewriteSubtreePaths(tx, child.path, newPath, into.depth + 1 - child.depth);
    await rewritePeoplePaths(tx, child.path, newPath);
    await rewriteRecordPaths(tx, child.path, newPath);
    await rewriteLedgerPaths(tx, child.path, newPath);
    await rewriteAssignmentPaths(tx, child.path, newPath, timeZone);
    await newVersion(tx, moved, 'move', on, note, { fromParentId: org.id, mergeOf: org.id });
    const after = (await q.findOrg(tx, child.id))!;
    entries.push({
      action: 'org.move',
      entityType: 'org',
      entityId: child.id,
      orgId: child.id,
      summary: `${child.name} → ${into.name}`,
      before: auditView(child),
      after: auditView(after),
    });
  }
  return entries;
}

/**
 * Node `id` merges into `body.intoId`. Rights as for dissolving (above the node) and over the target;
 * both of one type, the target outside the node's subtree; the date not in the future nor before
 * the node's current state, the target's creation, a child's current state or a member's membership.
 */
export async function mergeOrg(ctx: Ctx, id: number, body: MergeOrgBody, locale: Locale) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, id, 'org.write', tx);
    if (!policy.canRestructure(ctx.actor, org)) throw notFound('org.notFound');
    const into = await loadOrgInScope(ctx, body.intoId, 'org.write', tx);
    if (org.dissolvedOn) throw invalid('org.alreadyDissolved');
    if (into.dissolvedOn) throw invalid('org.dissolved');
    if (into.path.startsWith(org.path)) throw invalid('org.cannotMergeIntoOwnSubtree');
    if (into.type !== org.type)
      throw invalid('org.mergeTypeMismatch', { type: `orgType.${org.type}`, intoType: `orgType.${into.type}` });
    const on = body.effectiveOn;
    const today = todayIn(ctx.timeZone);
    if (on > today) throw invalid('org.dateInFuture', { date: today });
    // Taking the node's version first serialises concurrent changes of it: the later one gets 409.
    const dissolved = await q.updateOrg(tx, id, body.version, { dissolvedOn: on });
    if (!dissolved) throw conflict();
    const start = await q.currentVersionStart(tx, id);
    if (start && on < start) throw invalid('org.dateBeforeCurrent', { date: start });
    const intoStart = await q.firstVersionStart(tx, into.id);
    if (intoStart && on < intoStart) throw invalid('org.mergeBeforeTarget', { name: into.name, date: intoStart });

    const audit = await moveChildren(tx, org, into, on, body.note, ctx.timeZone);
    const people = await transferMembersOf(tx, ctx, org, into, on, MERGE_REASON, locale);
    const positionsEnded = await endTermsAt(tx, ctx, org.id, on);
    await q.closeCurrentVersion(tx, id, on);
    await q.openVersion(tx, {
      orgId: id,
      parentId: org.parentId,
      type: org.type,
      name: org.name,
      change: 'merge',
      validFrom: on,
      validTo: on,
      note: body.note ?? null,
      details: { intoId: into.id, intoName: into.name },
    });
    const moved = { children: audit.length, people, positionsEnded };
    const summary = `${org.name} → ${into.name}`;
    audit.push(
      {
        action: 'org.merge',
        entityType: 'org',
        entityId: id,
        orgId: id,
        summary,
        before: auditView(org),
        after: auditView(dissolved),
      },
      {
        action: 'org.mergeInto',
        entityType: 'org',
        entityId: into.id,
        orgId: into.id,
        summary,
        after: { fromId: id, fromName: org.name, effectiveOn: on, note: body.note ?? null, ...moved },
      },
    );
    await recordAudit(tx, ctx, ...audit);
    return { org: dissolved, into, moved };
  });
}
