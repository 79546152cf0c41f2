import type { AuditQuery } from '@xianfeng/shared/schemas/audit';
import type { AuditEntry } from '@xianfeng/shared/schemas/audit';
import type { Page } from '@xianfeng/shared/schemas/common';
import { scopeOf } from '../../core/access';
import type { Ctx } from '../../core/context';
import type { Executor } from '../../db/client';
import * as q from './audit.queries';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: number | null;
  orgId?: number | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log inside the caller's transaction, so a change and its trail land together. */
export async function recordAudit(tx: Executor, ctx: Pick<Ctx, 'actor' | 'requestId'>, ...entries: AuditInput[]) {
  await q.insertAudit(
    tx,
    entries.map((e) => ({
      accountId: ctx.actor.accountId || null,
      actorName: ctx.actor.name,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      orgId: e.orgId ?? null,
      summary: e.summary ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: ctx.requestId,
    })),
  );
}

/** Midnight of a calendar date in the deployment's time zone, as an instant. */
function startOfDay(date: string, timeZone: string): string {
  // The offset of the zone at that date (Asia/Shanghai has no DST, but others may).
  const probe = new Date(`${date}T12:00:00Z`);
  const local = new Date(probe.toLocaleString('en-US', { timeZone }));
  const utc = new Date(probe.toLocaleString('en-US', { timeZone: 'UTC' }));
  const offsetMs = local.getTime() - utc.getTime();
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - offsetMs).toISOString();
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function listAuditEntries(
  ctx: Ctx,
  query: AuditQuery,
  underOrgPath: string | undefined,
): Promise<Page<AuditEntry>> {
  const { rows, total } = await q.listAudit(
    ctx.db,
    {
      scope: scopeOf(ctx.actor, 'audit.read'),
      underPath: underOrgPath,
      entityType: query.entityType,
      entityId: query.entityId,
      action: query.action,
      actor: query.actor,
      fromAt: query.from ? startOfDay(query.from, ctx.timeZone) : undefined,
      toAt: query.to ? startOfDay(nextDay(query.to), ctx.timeZone) : undefined,
    },
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return {
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
