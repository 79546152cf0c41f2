// Ledger items (清单事项): register, list, read and edit. The closing workflow: workflow.service.ts.
import { sql } from 'drizzle-orm';
import type { Page } from '@xianfeng/shared/schemas/common';
import {
  type CreateItemBody,
  type ItemDetail,
  type ItemsQuery,
  type ItemSummary,
  itemFieldsByKind,
  type LedgerKind,
  type UpdateItemBody,
} from '@xianfeng/shared/schemas/ledgers';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import { filesOfItem } from './files.view';
import { colourOf } from './item-state';
import * as iq from './items.queries';
import * as policy from './ledgers.policy';
import * as lq from './ledgers.queries';
import { loadManaged } from './ledgers.service';

export type LoadedItem = NonNullable<Awaited<ReturnType<typeof iq.findItem>>> & {
  ownerPath: string;
  ownerOrgId: number;
  categories: string[];
};

/** The item if the caller reads its responsible node's subtree; otherwise 404. */
export async function loadItem(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<LoadedItem> {
  const found = await iq.findItem(db, id);
  if (!found || !policy.canReadLedger(ctx.actor, found.item.responsiblePath)) throw notFound('ledgerItem.notFound');
  const { ledger } = (await lq.findLedger(db, found.item.ledgerId))!;
  return { ...found, ownerPath: ledger.ownerPath, ownerOrgId: ledger.ownerOrgId, categories: ledger.categories };
}

export const summaryOf = (
  ctx: Ctx,
  { item: i, responsibleName, escalation }: { item: iq.ItemRow; responsibleName: string; escalation?: string | null },
  colour = colourOf(i, todayIn(ctx.timeZone)),
): ItemSummary => ({
  id: i.id,
  ledgerId: i.ledgerId,
  kind: i.kind as LedgerKind,
  externalNo: i.externalNo,
  title: i.title,
  category: i.category,
  responsibleOrgId: i.responsibleOrgId,
  responsibleName,
  responsiblePersonId: i.responsiblePersonId,
  deadline: i.deadline,
  status: i.status as ItemSummary['status'],
  progress: i.progress,
  fixedAtOnce: i.fixedAtOnce,
  registeredOn: i.registeredOn,
  closedOn: i.closedOn,
  colour,
  escalation: (escalation ?? null) as ItemSummary['escalation'],
  version: i.version,
});

export async function listItems(ctx: Ctx, query: ItemsQuery): Promise<Page<ItemSummary>> {
  const under = query.orgId ? (await loadOrgInScope(ctx, query.orgId, 'ledger.read')).path : undefined;
  const { rows, total } = await iq.listItems(ctx.db, policy.readScope(ctx.actor), query, todayIn(ctx.timeZone), under);
  return { items: rows.map((r) => summaryOf(ctx, r, r.colour)), total, page: query.page, pageSize: query.pageSize };
}

export async function getItem(ctx: Ctx, id: number): Promise<ItemDetail> {
  const found = await loadItem(ctx, id);
  const [updates, links, files] = [
    await iq.updatesOf(ctx.db, id),
    await iq.linksOf(ctx.db, id),
    await filesOfItem(ctx.db, ctx, found),
  ];
  const { item: i } = found;
  return {
    ...summaryOf(ctx, found),
    description: i.description,
    fields: i.fields as Record<string, unknown>,
    parentItemId: i.parentItemId,
    updates: updates.map((u) => ({ ...u, kind: u.kind as ItemDetail['updates'][number]['kind'], at: u.at.toISOString() })),
    links: links.map((l) => ({ id: l.id, linkedItemId: l.linkedItemId, recordId: l.recordId, at: l.at.toISOString() })),
    files,
    can: {
      update: policy.canUpdate(ctx.actor, i.responsiblePath),
      manage: policy.canManage(ctx.actor, found.ownerPath),
      close: policy.canClose(ctx.actor, found.ownerPath, i.responsiblePath),
    },
  };
}

function checkFields(kind: string, fields: unknown) {
  const parsed = itemFieldsByKind[kind as LedgerKind].safeParse(fields);
  if (!parsed.success) throw invalid('ledgerItem.badFields', {}, parsed.error.issues);
  return parsed.data as Record<string, unknown>;
}

const checkCategory = (categories: string[], category: string | null | undefined) => {
  if (category && categories.length > 0 && !categories.includes(category)) throw invalid('ledgerItem.unknownCategory');
};

/** The responsible node: visible to the caller and inside the list owner's subtree. */
async function responsibleNode(ctx: Ctx, orgId: number, ownerPath: string, db: Executor) {
  const org = await loadOrgInScope(ctx, orgId, 'ledger.read', db);
  if (!org.path.startsWith(ownerPath)) throw invalid('ledgerItem.responsibleScope');
  return org;
}

async function checkPerson(db: Executor, personId: number | null | undefined) {
  if (personId && (await rowsOf(db, sql`select 1 from people where id = ${personId}`)).length === 0)
    throw notFound('error.notFound');
}

/** `db`: an open transaction to join (e.g. a concern accepted together with its item), else the client. */
export async function createItem(ctx: Ctx, ledgerId: number, body: CreateItemBody, db: Executor = ctx.db) {
  return db.transaction(async (tx) => {
    const { ledger } = await loadManaged(ctx, ledgerId, tx);
    const org = await responsibleNode(ctx, body.responsibleOrgId, ledger.ownerPath, tx);
    const fields = checkFields(ledger.kind, body.fields);
    checkCategory(ledger.categories, body.category);
    await checkPerson(tx, body.responsiblePersonId);
    if (body.parentItemId) {
      const parent = await iq.findItem(tx, body.parentItemId);
      if (!parent || !parent.item.responsiblePath.startsWith(ledger.ownerPath)) throw invalid('ledgerItem.parentScope');
    }
    const registeredOn = body.registeredOn ?? todayIn(ctx.timeZone);
    const deadline = body.deadline ?? null;
    if (!body.fixedAtOnce && !deadline) throw invalid('ledgerItem.deadlineRequired');
    if (deadline && deadline < registeredOn) throw invalid('ledgerItem.deadlineOrder');
    // 立行立改: closed on the day it is registered.
    const closed = body.fixedAtOnce
      ? { status: 'closed', closedOn: registeredOn, closedBy: ctx.actor.personId || null, progress: 100 }
      : {};
    const row = await iq.insertItem(tx, {
      ledgerId,
      kind: ledger.kind,
      externalNo: body.externalNo ?? null,
      title: body.title,
      description: body.description ?? null,
      category: body.category ?? null,
      fields,
      fixedAtOnce: body.fixedAtOnce,
      responsibleOrgId: org.id,
      responsiblePath: org.path,
      responsiblePersonId: body.responsiblePersonId ?? null,
      deadline,
      parentItemId: body.parentItemId ?? null,
      registeredOn,
      ...closed,
    });
    if (body.fixedAtOnce)
      await iq.insertUpdate(tx, { itemId: row.id, kind: 'close', on: registeredOn, personId: ctx.actor.personId || null });
    await recordAudit(tx, ctx, {
      action: 'ledgerItem.create',
      entityType: 'ledger_item',
      entityId: row.id,
      orgId: org.id,
      summary: row.title,
      after: { ...body, fields },
    });
    return row;
  });
}

export async function updateItem(ctx: Ctx, id: number, body: UpdateItemBody) {
  return ctx.db.transaction(async (tx) => {
    const found = await loadItem(ctx, id, tx);
    if (!policy.canManage(ctx.actor, found.ownerPath)) throw forbidden();
    const { item: before } = found;
    const { version, responsibleOrgId, fields, ...rest } = body;
    const changes: Parameters<typeof iq.updateItem>[3] = { ...rest };
    if (responsibleOrgId && responsibleOrgId !== before.responsibleOrgId) {
      const org = await responsibleNode(ctx, responsibleOrgId, found.ownerPath, tx);
      Object.assign(changes, { responsibleOrgId: org.id, responsiblePath: org.path });
    }
    if (fields) changes.fields = checkFields(before.kind, fields);
    if (rest.category !== undefined) checkCategory(found.categories, rest.category);
    await checkPerson(tx, rest.responsiblePersonId);
    if (rest.deadline && rest.deadline < before.registeredOn) throw invalid('ledgerItem.deadlineOrder');
    if (rest.deadline === null && !before.fixedAtOnce) throw invalid('ledgerItem.deadlineRequired');
    const row = await iq.updateItem(tx, id, version, changes);
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'ledgerItem.update',
      entityType: 'ledger_item',
      entityId: id,
      orgId: row.responsibleOrgId,
      summary: row.title,
      before: {
        title: before.title,
        category: before.category,
        responsibleOrgId: before.responsibleOrgId,
        deadline: before.deadline,
        fields: before.fields,
      },
      after: changes,
    });
    return row;
  });
}
