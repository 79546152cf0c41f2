import { MEMBER_STATUSES, ORG_TYPES, PARTY_STATUSES, type OrgType, type PartyStatus } from '@xianfeng/shared/domain';
import type { Page } from '@xianfeng/shared/schemas/common';
import type {
  CreateOrgBody,
  DissolveOrgBody,
  MoveOrgBody,
  OrgChildrenQuery,
  OrgDetail,
  OrgSearchHit,
  OrgStats,
  OrgSummary,
  UpdateOrgBody,
} from '@xianfeng/shared/schemas/orgs';
import { type Permission, can } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { countPeopleAt, countPeopleByStatus, rewritePeoplePaths } from '../people';
import { rewriteAssignmentPaths } from '../campaigns';
import { rewriteRecordPaths } from '../records';
import { rewriteLedgerPaths } from '../ledgers';
import * as asOf from './orgs.asof.queries';
import * as policy from './orgs.policy';
import * as q from './orgs.queries';

export type { OrgRow } from './orgs.queries';

const idsOfPath = (path: string) => path.split('/').filter(Boolean).map(Number);
export const auditView = (o: q.OrgRow) => ({
  name: o.name,
  type: o.type,
  parentId: o.parentId,
  path: o.path,
  unitName: o.unitName,
  code: o.code,
  establishedOn: o.establishedOn,
  termEndsOn: o.termEndsOn,
  dissolvedOn: o.dissolvedOn,
  sortOrder: o.sortOrder,
});

/** The node if the actor holds `permission` over it; otherwise 404, so existence does not leak. */
export async function loadOrgInScope(ctx: Ctx, id: number, permission: Permission = 'org.read', db: Executor = ctx.db) {
  const org = await q.findOrg(db, id);
  if (!org || !can(ctx.actor, permission, org.path)) throw notFound('org.notFound');
  return org;
}

export async function listRoots(ctx: Ctx): Promise<OrgSummary[]> {
  return (await q.orgsAtPaths(ctx.db, policy.readRoots(ctx.actor))) as OrgSummary[];
}

export async function getOrgDetail(ctx: Ctx, id: number): Promise<OrgDetail> {
  const org = await q.findOrgWithCount(ctx.db, id);
  if (!org || !policy.canReadOrg(ctx.actor, org)) throw notFound('org.notFound');
  const ancestorIds = idsOfPath(org.path).slice(0, -1);
  const names = new Map((await q.namesOf(ctx.db, ancestorIds)).map((a) => [a.id, a]));
  const ancestors = ancestorIds
    .filter((aid) => can(ctx.actor, 'org.read', org.path.slice(0, org.path.indexOf(`/${aid}/`) + `/${aid}/`.length)))
    .map((aid) => names.get(aid)!)
    .map((a) => ({ id: a.id, name: a.name, type: a.type as OrgType }));
  return {
    ...(org as Omit<typeof org, 'type'> & { type: OrgType }),
    ancestors,
    can: {
      write: policy.canEditOrg(ctx.actor, org),
      writePeople: can(ctx.actor, 'person.write', org.path),
      manageAccounts: can(ctx.actor, 'account.manage', org.path),
      readAudit: can(ctx.actor, 'audit.read', org.path),
    },
  };
}

/** Children today, or — with `asOf` — the children the node had on that date (from the history). */
export async function listChildren(ctx: Ctx, id: number, query: OrgChildrenQuery): Promise<Page<OrgSummary>> {
  await loadOrgInScope(ctx, id);
  const offset = (query.page - 1) * query.pageSize;
  const { rows, total } = query.asOf
    ? await asOf.childrenOn(ctx.db, id, query.asOf, query.q, query.pageSize, offset)
    : await q.listChildren(ctx.db, id, query, query.pageSize, offset);
  return { items: rows as OrgSummary[], total, page: query.page, pageSize: query.pageSize };
}

export async function searchOrgs(ctx: Ctx, text: string, limit: number): Promise<OrgSearchHit[]> {
  const rows = await q.searchOrgs(ctx.db, policy.readRoots(ctx.actor), text, limit);
  const ids = [...new Set(rows.flatMap((r) => idsOfPath(r.path)))];
  const names = new Map((await q.namesOf(ctx.db, ids)).map((a) => [a.id, a.name]));
  return rows.map((r) => ({ ...(r as OrgSummary), pathNames: idsOfPath(r.path).map((i) => names.get(i) ?? '') }));
}

/**
 * Counts of the subtree: today's by materialised path, or — with `asOf` — the subtree and the
 * memberships as they stood on that date. The node must be in scope today; its past subtree is its
 * own history, so nodes that have since left the caller's scope still count for those dates.
 */
export async function getStats(ctx: Ctx, id: number, asOfDate?: string): Promise<OrgStats> {
  const org = await loadOrgInScope(ctx, id);
  const [byType, byStatus] = asOfDate
    ? await Promise.all([asOf.countSubtreeByTypeOn(ctx.db, id, asOfDate), asOf.countPeopleByStatusOn(ctx.db, id, asOfDate)])
    : await Promise.all([q.countSubtreeByType(ctx.db, org.path), countPeopleByStatus(ctx.db, org.path)]);
  const orgsCount = Object.fromEntries(ORG_TYPES.map((t) => [t, 0])) as Record<OrgType, number>;
  for (const r of byType) orgsCount[r.type as OrgType] = r.n;
  const peopleCount = Object.fromEntries(PARTY_STATUSES.map((s) => [s, 0])) as Record<PartyStatus, number>;
  for (const r of byStatus) peopleCount[r.status as PartyStatus] = r.n;
  const members = MEMBER_STATUSES.reduce((sum, s) => sum + peopleCount[s], 0);
  return { orgs: orgsCount, people: peopleCount, members };
}

export async function getHistory(ctx: Ctx, id: number) {
  await loadOrgInScope(ctx, id);
  return q.listVersions(ctx.db, id);
}

export async function createOrg(ctx: Ctx, body: CreateOrgBody) {
  return ctx.db.transaction(async (tx) => {
    const parent = await loadOrgInScope(ctx, body.parentId, 'org.write', tx);
    if (parent.dissolvedOn) throw invalid('org.dissolved');
    if (!policy.isChildTypeAllowed(parent.type, body.type))
      throw invalid('org.childTypeNotAllowed', { parentType: `orgType.${parent.type}`, childType: `orgType.${body.type}` });
    if (body.code && (await q.findOrgByCode(tx, body.code))) throw conflict('org.codeTaken', { code: body.code });
    const effectiveOn = body.establishedOn ?? todayIn(ctx.timeZone);
    const org = await q.insertOrg(tx, parent, {
      type: body.type,
      name: body.name,
      unitName: body.unitName ?? null,
      code: body.code ?? null,
      sortOrder: body.sortOrder ?? 0,
      establishedOn: body.establishedOn ?? null,
      termEndsOn: body.termEndsOn ?? null,
    });
    await q.openVersion(tx, { orgId: org.id, parentId: parent.id, type: org.type, name: org.name, change: 'create', validFrom: effectiveOn });
    await recordAudit(tx, ctx, { action: 'org.create', entityType: 'org', entityId: org.id, orgId: org.id, summary: org.name, after: auditView(org) });
    return org;
  });
}

export async function updateOrg(ctx: Ctx, id: number, body: UpdateOrgBody) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadOrgInScope(ctx, id, 'org.write', tx);
    if (before.dissolvedOn) throw invalid('org.dissolved');
    if (body.code && body.code !== before.code && (await q.findOrgByCode(tx, body.code)))
      throw conflict('org.codeTaken', { code: body.code });
    const { version, effectiveOn, ...fields } = body;
    const after = await q.updateOrg(tx, id, version, fields);
    if (!after) throw conflict();
    if (body.name !== undefined && body.name !== before.name) {
      await newVersion(tx, after, 'rename', effectiveOn ?? todayIn(ctx.timeZone), undefined, { from: before.name });
    }
    await recordAudit(tx, ctx, { action: 'org.update', entityType: 'org', entityId: id, orgId: id, summary: after.name, before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function moveOrg(ctx: Ctx, id: number, body: MoveOrgBody) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, id, 'org.write', tx);
    if (!policy.canRestructure(ctx.actor, org)) throw invalid('org.cannotMoveRoot');
    const parent = await loadOrgInScope(ctx, body.parentId, 'org.write', tx);
    if (org.dissolvedOn || parent.dissolvedOn) throw invalid('org.dissolved');
    if (parent.path.startsWith(org.path)) throw invalid('org.cannotMoveIntoOwnSubtree');
    if (!policy.isChildTypeAllowed(parent.type, org.type))
      throw invalid('org.childTypeNotAllowed', { parentType: `orgType.${parent.type}`, childType: `orgType.${org.type}` });
    const newPath = `${parent.path}${org.id}/`;
    const moved = await q.updateOrg(tx, id, body.version, { parentId: parent.id });
    if (!moved) throw conflict();
    await q.rewriteSubtreePaths(tx, org.path, newPath, parent.depth + 1 - org.depth);
    await rewritePeoplePaths(tx, org.path, newPath);
    await rewriteRecordPaths(tx, org.path, newPath);
    await rewriteLedgerPaths(tx, org.path, newPath);
    await rewriteAssignmentPaths(tx, org.path, newPath, ctx.timeZone);
    await newVersion(tx, moved, 'move', body.effectiveOn ?? todayIn(ctx.timeZone), body.note, { fromParentId: org.parentId });
    const after = (await q.findOrg(tx, id))!;
    await recordAudit(tx, ctx, { action: 'org.move', entityType: 'org', entityId: id, orgId: id, summary: `${org.name} → ${parent.name}`, before: auditView(org), after: auditView(after) });
    return after;
  });
}

export async function dissolveOrg(ctx: Ctx, id: number, body: DissolveOrgBody) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, id, 'org.write', tx);
    if (!policy.canRestructure(ctx.actor, org)) throw notFound('org.notFound');
    if (org.dissolvedOn) throw invalid('org.alreadyDissolved');
    const children = await q.countActiveChildren(tx, id);
    if (children > 0) throw invalid('org.hasActiveChildren', { count: children });
    const people = await countPeopleAt(tx, id);
    if (people > 0) throw invalid('org.hasMembers', { count: people });
    const effectiveOn = body.effectiveOn ?? todayIn(ctx.timeZone);
    const after = await q.updateOrg(tx, id, body.version, { dissolvedOn: effectiveOn });
    if (!after) throw conflict();
    await q.closeCurrentVersion(tx, id, effectiveOn);
    await q.openVersion(tx, { orgId: id, parentId: org.parentId, type: org.type, name: org.name, change: 'dissolve', validFrom: effectiveOn, validTo: effectiveOn, note: body.note ?? null });
    await recordAudit(tx, ctx, { action: 'org.dissolve', entityType: 'org', entityId: id, orgId: id, summary: org.name, before: auditView(org), after: auditView(after) });
    return after;
  });
}

/** Closes the node's current version and opens one for `change`, refusing a date before the current one began. */
export async function newVersion(tx: Executor, org: q.OrgRow, change: string, effectiveOn: string, note?: string, details?: unknown) {
  const start = await q.currentVersionStart(tx, org.id);
  if (start && effectiveOn < start) throw invalid('org.dateBeforeCurrent', { date: start });
  await q.closeCurrentVersion(tx, org.id, effectiveOn);
  await q.openVersion(tx, { orgId: org.id, parentId: org.parentId, type: org.type, name: org.name, change, validFrom: effectiveOn, note: note ?? null, details: details ?? null });
}

/** A new top node (a group's committee), for a fresh installation; no caller scope applies. */
export async function createTopOrg(db: Executor, name: string, code: string, effectiveOn: string) {
  return db.transaction(async (tx) => {
    const org = await q.insertOrg(tx, null, { type: 'committee', name, code });
    await q.openVersion(tx, { orgId: org.id, parentId: null, type: org.type, name: org.name, change: 'create', validFrom: effectiveOn });
    return org;
  });
}
