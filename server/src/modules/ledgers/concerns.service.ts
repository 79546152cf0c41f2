// 急难愁盼 concerns: a node's public channel (link + QR code), submissions without an account, the follow page,
// and the staff's triage — accept as a 我为群众办实事 item (one transaction with the item) or reject with a reason.
import { randomBytes, randomInt } from 'node:crypto';
import { PERMISSION_ROLES, POSITION_ROLES } from '@xianfeng/shared/domain';
import type { Page } from '@xianfeng/shared/schemas/common';
import {
  type AcceptConcernBody,
  type AcceptLedger,
  type ChannelsQuery,
  type ConcernChannelView,
  type ConcernFollow,
  type ConcernsQuery,
  type ConcernView,
  FOLLOW_ALPHABET,
  FOLLOW_CODE_LENGTH,
  type PublicChannel,
  type RejectConcernBody,
  type SubmitConcernBody,
} from '@xianfeng/shared/schemas/concerns';
import type { ItemColour, ItemStatus } from '@xianfeng/shared/schemas/ledgers';
import { type Actor, scopeOf } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Db, Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import { loadOrgInScope } from '../orgs';
import * as cq from './concerns.queries';
import * as items from './items.service';
import * as policy from './ledgers.policy';
import { loadManaged } from './ledgers.service';

// ---- channels ----

/** 192 bits, URL-safe: the link is the only secret of the channel. */
const newToken = () => randomBytes(24).toString('base64url');

const channelView = (
  ctx: Ctx,
  r: { channel: cq.ChannelRow; orgName: string; orgPath: string; counts?: { new: number; total: number } },
): ConcernChannelView => ({
  id: r.channel.id,
  orgId: r.channel.orgId,
  orgName: r.orgName,
  token: r.channel.token,
  path: `/concern/${r.channel.token}`,
  enabled: r.channel.enabled,
  createdAt: r.channel.createdAt.toISOString(),
  version: r.channel.version,
  counts: { new: Number(r.counts?.new ?? 0), total: Number(r.counts?.total ?? 0) },
  can: { manage: policy.canManage(ctx.actor, r.orgPath) },
});

export async function listChannels(ctx: Ctx, query: ChannelsQuery): Promise<Page<ConcernChannelView>> {
  const under = query.orgId ? (await loadOrgInScope(ctx, query.orgId, 'ledger.read')).path : undefined;
  const { rows, total } = await cq.listChannels(ctx.db, policy.readScope(ctx.actor), query, under);
  return { items: rows.map((r) => channelView(ctx, r)), total, page: query.page, pageSize: query.pageSize };
}

/** The channel if the caller manages its node (404 when not readable, 403 when only readable). */
async function loadManagedChannel(ctx: Ctx, id: number, db: Executor) {
  const found = await cq.findChannel(db, id);
  if (!found || !policy.canReadLedger(ctx.actor, found.orgPath)) throw notFound('concern.channelNotFound');
  if (!policy.canManage(ctx.actor, found.orgPath)) throw forbidden();
  return found;
}

export async function getChannel(ctx: Ctx, id: number) {
  const found = await cq.findChannel(ctx.db, id);
  if (!found || !policy.canReadLedger(ctx.actor, found.orgPath)) throw notFound('concern.channelNotFound');
  return channelView(ctx, found);
}

export async function openChannel(ctx: Ctx, orgId: number) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, orgId, 'ledger.read', tx);
    if (!policy.canManage(ctx.actor, org.path)) throw forbidden();
    if (org.dissolvedOn) throw invalid('concern.orgDissolved');
    if (await cq.channelOfOrg(tx, org.id)) throw conflict('concern.channelExists');
    const row = await cq.insertChannel(tx, { orgId: org.id, token: newToken(), createdBy: ctx.actor.accountId });
    await recordAudit(tx, ctx, {
      action: 'concernChannel.open',
      entityType: 'concern_channel',
      entityId: row.id,
      orgId: org.id,
      summary: org.name,
    });
    return row;
  });
}

/** Enables or disables the channel; a disabled link answers as if it did not exist. */
export async function setChannelEnabled(ctx: Ctx, id: number, version: number, enabled: boolean) {
  return ctx.db.transaction(async (tx) => {
    const found = await loadManagedChannel(ctx, id, tx);
    const row = await cq.updateChannel(tx, id, version, { enabled });
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'concernChannel.update',
      entityType: 'concern_channel',
      entityId: id,
      orgId: row.orgId,
      summary: found.orgName,
      before: { enabled: found.channel.enabled },
      after: { enabled },
    });
    return row;
  });
}

/** A new token: the old link and its printed QR codes stop working (e.g. after a poster was misused). */
export async function regenerateChannel(ctx: Ctx, id: number, version: number) {
  return ctx.db.transaction(async (tx) => {
    const found = await loadManagedChannel(ctx, id, tx);
    const row = await cq.updateChannel(tx, id, version, { token: newToken() });
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'concernChannel.regenerate',
      entityType: 'concern_channel',
      entityId: id,
      orgId: row.orgId,
      summary: found.orgName,
    });
    return row;
  });
}

// ---- public: no account ----

/** What a public request needs: no actor, only the database and the request for the audit trail. */
export interface PublicCtx {
  db: Db;
  requestId: string;
  timeZone: string;
}

/** Who the audit trail names for a submission through a public channel. */
const PUBLIC_ACTOR: Actor = { accountId: 0, personId: 0, username: '', name: '公开渠道', locale: 'zh-CN', grants: [] };

async function openChannelByToken(db: Executor, token: string) {
  const found = await cq.findChannelByToken(db, token);
  // Unknown, disabled and dissolved look the same: the link says nothing about why.
  if (!found || !found.channel.enabled || found.dissolvedOn) throw notFound('concern.channelNotFound');
  return found;
}

export async function publicChannel(pctx: PublicCtx, token: string): Promise<PublicChannel> {
  const found = await openChannelByToken(pctx.db, token);
  return { orgName: found.orgName, categories: await cq.categoriesFor(pctx.db, found.orgPath) };
}

function newFollowCode() {
  let code = '';
  for (let i = 0; i < FOLLOW_CODE_LENGTH; i++) code += FOLLOW_ALPHABET[randomInt(FOLLOW_ALPHABET.length)];
  return code;
}

const snippet = (text: string, max: number) => {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const ROLES_TO_NOTIFY = PERMISSION_ROLES['ledger.manage'];
const TITLES_TO_NOTIFY = Object.keys(POSITION_ROLES);

export async function submitConcern(pctx: PublicCtx, token: string, body: SubmitConcernBody) {
  return pctx.db.transaction(async (tx) => {
    const found = await openChannelByToken(tx, token);
    const category = body.category || null;
    if (category && !(await cq.categoriesFor(tx, found.orgPath)).includes(category)) throw invalid('concern.unknownCategory');
    let followCode = newFollowCode();
    // 32^10 codes: a clash is astronomically rare, but the unique index would turn one into a 500.
    while (await cq.followCodeTaken(tx, followCode)) followCode = newFollowCode();
    const row = await cq.insertConcern(tx, {
      orgId: found.channel.orgId,
      orgPath: found.orgPath,
      text: body.text,
      submitterName: body.submitterName || null,
      contact: body.contact || null,
      category,
      followCode,
    });
    await recordAudit(
      tx,
      { actor: PUBLIC_ACTOR, requestId: pctx.requestId },
      { action: 'concern.submit', entityType: 'concern', entityId: row.id, orgId: row.orgId, summary: snippet(row.text, 80) },
    );
    const today = todayIn(pctx.timeZone);
    const ancestorIds = found.orgPath.split('/').filter(Boolean).map(Number);
    const personIds = await cq.staffToNotify(tx, {
      orgId: row.orgId,
      ancestorIds,
      roles: ROLES_TO_NOTIFY,
      titles: TITLES_TO_NOTIFY,
      today,
    });
    await notify(tx, personIds, {
      kind: 'concern.submitted',
      title: snippet(row.text, 60),
      link: `/concerns?id=${row.id}`,
      params: { concernId: row.id, org: found.orgName },
    });
    return { followCode };
  });
}

const dayOf = (at: Date | string | null, timeZone: string) => (at === null ? null : todayIn(timeZone, new Date(at)));

export async function followConcern(pctx: PublicCtx, code: string): Promise<ConcernFollow> {
  const row = await cq.followView(pctx.db, code, todayIn(pctx.timeZone));
  if (!row) throw notFound('concern.followNotFound');
  return {
    status: row.status as ConcernFollow['status'],
    orgName: row.orgName,
    submittedOn: dayOf(row.createdAt, pctx.timeZone)!,
    decidedOn: dayOf(row.decidedAt, pctx.timeZone),
    reason: row.status === 'rejected' ? row.reason : null,
    item:
      row.status === 'accepted' && row.itemTitle !== null
        ? {
            title: row.itemTitle,
            status: row.itemStatus as ItemStatus,
            colour: row.colour as ItemColour,
            deadline: row.deadline,
            progress: Number(row.progress ?? 0),
            responsibleName: row.responsibleName ?? '',
            closedOn: row.closedOn,
          }
        : null,
  };
}

// ---- staff: triage ----

const concernView = (ctx: Ctx, r: cq.ConcernFound): ConcernView => ({
  id: r.concern.id,
  orgId: r.concern.orgId,
  orgName: r.orgName,
  submitterName: r.concern.submitterName,
  contact: r.concern.contact,
  text: r.concern.text,
  category: r.concern.category,
  status: r.concern.status as ConcernView['status'],
  reason: r.concern.reason,
  itemId: r.concern.itemId,
  itemTitle: r.itemTitle,
  createdAt: r.concern.createdAt.toISOString(),
  decidedAt: r.concern.decidedAt?.toISOString() ?? null,
  decidedByName: r.decidedByName,
  version: r.concern.version,
  can: { decide: r.concern.status === 'new' && policy.canManage(ctx.actor, r.concern.orgPath) },
});

export async function listConcerns(ctx: Ctx, query: ConcernsQuery): Promise<Page<ConcernView>> {
  const under = query.orgId ? (await loadOrgInScope(ctx, query.orgId, 'ledger.read')).path : undefined;
  const { rows, total } = await cq.listConcerns(ctx.db, policy.readScope(ctx.actor), query, under);
  return { items: rows.map((r) => concernView(ctx, r)), total, page: query.page, pageSize: query.pageSize };
}

async function loadConcern(ctx: Ctx, id: number, db: Executor = ctx.db) {
  const found = await cq.findConcern(db, id);
  if (!found || !policy.canReadLedger(ctx.actor, found.concern.orgPath)) throw notFound('concern.notFound');
  return found;
}

export async function getConcern(ctx: Ctx, id: number) {
  return concernView(ctx, await loadConcern(ctx, id));
}

/** The lists the caller may accept the concern into (empty when the caller may not decide it). */
export async function ledgersForConcern(ctx: Ctx, id: number): Promise<AcceptLedger[]> {
  const { concern: c } = await loadConcern(ctx, id);
  return cq.ledgersFor(ctx.db, c.orgPath, scopeOf(ctx.actor, 'ledger.manage'));
}

/** A concern the caller may decide now: managed at its node (403), still new (409), at the version read (409). */
async function loadDecidable(ctx: Ctx, id: number, version: number, db: Executor) {
  const found = await loadConcern(ctx, id, db);
  const { concern: c } = found;
  if (!policy.canManage(ctx.actor, c.orgPath)) throw forbidden();
  if (c.status !== 'new') throw conflict('concern.alreadyDecided');
  if (c.version !== version) throw conflict();
  return found;
}

export async function acceptConcern(ctx: Ctx, id: number, body: AcceptConcernBody) {
  return ctx.db.transaction(async (tx) => {
    const { concern: c } = await loadDecidable(ctx, id, body.version, tx);
    const { ledger } = await loadManaged(ctx, body.ledgerId, tx);
    if (ledger.kind !== 'practical_matter') throw invalid('concern.ledgerKind');
    if (!c.orgPath.startsWith(ledger.ownerPath)) throw invalid('concern.ledgerScope');
    // The submitter's suggestion is kept only when the chosen list has that category.
    const suggested = c.category && (ledger.categories.length === 0 || ledger.categories.includes(c.category)) ? c.category : null;
    const item = await items.createItem(
      ctx,
      ledger.id,
      {
        title: body.title ?? snippet(c.text, 300),
        description: c.text,
        category: body.category === undefined ? suggested : body.category,
        responsibleOrgId: body.responsibleOrgId,
        responsiblePersonId: body.responsiblePersonId ?? null,
        deadline: body.deadline,
        fields: { source: 'employee_submission', ...(body.beneficiaries ? { beneficiaries: body.beneficiaries } : {}) },
        fixedAtOnce: false,
      },
      tx,
    );
    const row = await cq.decideConcern(tx, id, body.version, {
      status: 'accepted',
      itemId: item.id,
      reason: null,
      decidedBy: ctx.actor.personId || null,
    });
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'concern.accept',
      entityType: 'concern',
      entityId: id,
      orgId: c.orgId,
      summary: item.title,
      after: { ledgerId: ledger.id, itemId: item.id },
    });
    return row;
  });
}

export async function rejectConcern(ctx: Ctx, id: number, body: RejectConcernBody) {
  return ctx.db.transaction(async (tx) => {
    const { concern: c } = await loadDecidable(ctx, id, body.version, tx);
    const row = await cq.decideConcern(tx, id, body.version, {
      status: 'rejected',
      reason: body.reason,
      itemId: null,
      decidedBy: ctx.actor.personId || null,
    });
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'concern.reject',
      entityType: 'concern',
      entityId: id,
      orgId: c.orgId,
      summary: snippet(c.text, 80),
      after: { reason: body.reason },
    });
    return row;
  });
}
