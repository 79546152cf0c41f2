import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { inScope, underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { auditLog } from './audit.schema';

export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAudit(db: Executor, rows: NewAuditRow[]) {
  if (rows.length) await db.insert(auditLog).values(rows);
}

export interface AuditFilter {
  scope: string[];
  underPath?: string;
  entityType?: string;
  entityId?: number;
  action?: string;
  actor?: string;
  /** Timestamps as ISO strings (bounds in the deployment's time zone, computed by the service). */
  fromAt?: string;
  toAt?: string;
}

function where(f: AuditFilter): SQL | undefined {
  return and(
    // Through the node's current path, so the log follows a subtree that moved.
    sql`${auditLog.orgId} in (select ${orgs.id} from ${orgs} where ${and(
      inScope(orgs.path, f.scope),
      f.underPath ? underPath(orgs.path, f.underPath) : undefined,
    )})`,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.actor ? ilike(auditLog.actorName, `%${f.actor}%`) : undefined,
    f.fromAt ? gte(auditLog.at, new Date(f.fromAt)) : undefined,
    f.toAt ? lt(auditLog.at, new Date(f.toAt)) : undefined,
  );
}

export async function listAudit(db: Executor, f: AuditFilter, limit: number, offset: number) {
  const w = where(f);
  const [rows, [count]] = await Promise.all([
    db.select().from(auditLog).where(w).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(w),
  ]);
  return { rows, total: count?.n ?? 0 };
}
