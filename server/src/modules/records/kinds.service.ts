// Record kinds (组织生活类型): which apply where, and a committee adding its own.
import { randomBytes } from 'node:crypto';
import type { Locale, OrgType } from '@xianfeng/shared/domain';
import type { CreateRecordKindBody, RecordKind } from '@xianfeng/shared/schemas/records';
import type { Ctx } from '../../core/context';
import { conflict, invalid } from '../../core/errors';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope, type OrgRow } from '../orgs';
import * as q from './kinds.queries';
import { myOrgPath } from './me.queries';
import { readScope } from './records.policy';

const idsOfPath = (path: string) => path.split('/').filter(Boolean).map(Number);

export const kindName = (k: { nameZh: string; nameEn: string }, locale: Locale) => (locale === 'en-US' ? k.nameEn : k.nameZh);

const view = (k: q.KindRow): RecordKind => ({ ...k, orgTypes: k.orgTypes as OrgType[] });

/** Kinds usable at a node, or (without one) at the caller's nodes: built-ins and the owners' on the way up. */
export async function listRecordKinds(ctx: Ctx, orgId?: number): Promise<RecordKind[]> {
  if (orgId) {
    const org = await loadOrgInScope(ctx, orgId, 'record.read');
    return (await q.listKinds(ctx.db, idsOfPath(org.path), [])).map(view);
  }
  const scope = readScope(ctx.actor);
  const own = await myOrgPath(ctx.db, ctx.actor.personId);
  const anchors = [...scope, ...(own ? [own] : [])];
  return (await q.listKinds(ctx.db, [...new Set(anchors.flatMap(idsOfPath))], scope)).map(view);
}

/** The kind if it may be recorded at `org`: active, the owner above the node, the node's type among its types. */
export async function kindFor(db: Executor, code: string, org: Pick<OrgRow, 'path' | 'type'>) {
  const kind = await q.findKind(db, code);
  if (!kind || !kind.active || (kind.ownerOrgId !== null && !org.path.includes(`/${kind.ownerOrgId}/`)))
    throw invalid('record.kindNotFound', { kind: code });
  if (kind.orgTypes.length > 0 && !kind.orgTypes.includes(org.type))
    throw invalid('record.kindNotForOrgType', { kind: kind.nameZh, orgType: `orgType.${org.type}` });
  return kind;
}

/** A committee adds a kind for its subtree (org.write at the owner). */
export async function createRecordKind(ctx: Ctx, body: CreateRecordKindBody): Promise<RecordKind> {
  return ctx.db.transaction(async (tx) => {
    const owner = await loadOrgInScope(ctx, body.ownerOrgId, 'org.write', tx);
    if (owner.type !== 'committee' && owner.type !== 'leading_group') throw invalid('record.kindOwnerNotCommittee');
    const code = body.code ?? `org${owner.id}_${randomBytes(3).toString('hex')}`;
    if (await q.findKind(tx, code)) throw conflict('record.kindCodeTaken', { code });
    const kind = await q.insertKind(tx, {
      code,
      nameZh: body.nameZh,
      nameEn: body.nameEn || body.nameZh,
      ownerOrgId: owner.id,
      orgTypes: body.orgTypes,
      hasLecturer: body.hasLecturer,
      sortOrder: body.sortOrder,
    });
    await recordAudit(tx, ctx, { action: 'recordKind.create', entityType: 'record_kind', orgId: owner.id, summary: `${kind.nameZh} (${kind.code})`, after: kind });
    return view(kind);
  });
}
