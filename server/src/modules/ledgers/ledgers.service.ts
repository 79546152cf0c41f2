// Ledgers (清单): create, list, read and edit the lists a node keeps. Items: items.service.ts.
import type { Page } from '@xianfeng/shared/schemas/common';
import type { CreateLedgerBody, LedgersQuery, LedgerView, UpdateLedgerBody } from '@xianfeng/shared/schemas/ledgers';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadReadableCampaign } from '../campaigns';
import { loadOrgInScope } from '../orgs';
import * as policy from './ledgers.policy';
import * as q from './ledgers.queries';

type Found = NonNullable<Awaited<ReturnType<typeof q.findLedger>>>;

export const ledgerView = (ctx: Ctx, { ledger: l, ownerName }: Found): LedgerView => ({
  id: l.id,
  ownerOrgId: l.ownerOrgId,
  ownerName,
  campaignId: l.campaignId,
  kind: l.kind as LedgerView['kind'],
  title: l.title,
  description: l.description,
  categories: l.categories,
  escalation: l.escalation as LedgerView['escalation'],
  version: l.version,
  can: { manage: policy.canManage(ctx.actor, l.ownerPath) },
});

/** The list if the caller reads its owner's subtree or one of its items' responsible nodes; otherwise 404. */
export async function loadLedger(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<Found> {
  const found = await q.findLedger(db, id);
  if (found && policy.canReadLedger(ctx.actor, found.ledger.ownerPath)) return found;
  if (found && (await q.hasItemInScope(db, id, policy.readScope(ctx.actor)))) return found;
  throw notFound('ledger.notFound');
}

/** The list if the caller manages it (404 when not readable, 403 when only readable). */
export async function loadManaged(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<Found> {
  const found = await loadLedger(ctx, id, db);
  if (!policy.canManage(ctx.actor, found.ledger.ownerPath)) throw forbidden();
  return found;
}

export async function listLedgers(ctx: Ctx, query: LedgersQuery): Promise<Page<LedgerView>> {
  const under = query.orgId ? (await loadOrgInScope(ctx, query.orgId, 'ledger.read')).path : undefined;
  const { rows, total } = await q.listLedgers(ctx.db, policy.readScope(ctx.actor), query, under);
  return { items: rows.map((r) => ledgerView(ctx, r)), total, page: query.page, pageSize: query.pageSize };
}

export async function getLedger(ctx: Ctx, id: number) {
  return ledgerView(ctx, await loadLedger(ctx, id));
}

export async function createLedger(ctx: Ctx, body: CreateLedgerBody) {
  return ctx.db.transaction(async (tx) => {
    const owner = await loadOrgInScope(ctx, body.ownerOrgId, 'ledger.read', tx);
    if (!policy.canManage(ctx.actor, owner.path)) throw forbidden();
    if (body.campaignId) {
      const { campaign } = await loadReadableCampaign(ctx, body.campaignId, tx);
      if (!owner.path.startsWith(campaign.ownerPath)) throw invalid('ledger.campaignScope');
    }
    const { ownerOrgId: _o, ...fields } = body;
    const row = await q.insertLedger(tx, {
      ...fields,
      campaignId: body.campaignId ?? null,
      ownerOrgId: owner.id,
      ownerPath: owner.path,
      createdBy: ctx.actor.accountId,
    });
    await recordAudit(tx, ctx, {
      action: 'ledger.create',
      entityType: 'ledger',
      entityId: row.id,
      orgId: owner.id,
      summary: row.title,
      after: fields,
    });
    return row;
  });
}

export async function updateLedger(ctx: Ctx, id: number, body: UpdateLedgerBody) {
  return ctx.db.transaction(async (tx) => {
    const { ledger: before } = await loadManaged(ctx, id, tx);
    const { version, ...changes } = body;
    const row = await q.updateLedger(tx, id, version, changes);
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'ledger.update',
      entityType: 'ledger',
      entityId: id,
      orgId: before.ownerOrgId,
      summary: row.title,
      before: {
        title: before.title,
        description: before.description,
        categories: before.categories,
        escalation: before.escalation,
      },
      after: changes,
    });
    return row;
  });
}
