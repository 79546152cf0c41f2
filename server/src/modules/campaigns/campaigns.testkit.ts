import { and, eq } from 'drizzle-orm';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { auditLog } from '../audit/audit.schema';
import { buildTree } from '../orgs/orgs.factory';

/** A tree with root staff, unit-A staff, branch secretaries of A1 and B1, and inject helpers. */
export async function campaignsKit() {
  const t = await testApp();
  const tree = await buildTree(t.db);
  const [staffRoot, staffA, secretaryA1, secretaryB1] = [
    (await buildAccount(t.db, tree.root, ['org_staff'])).cookie,
    (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie,
    (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie,
    (await buildAccount(t.db, tree.branchB1, ['secretary'])).cookie,
  ];
  const inject = (cookie: string | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
  const get = (cookie: string, url: string) => inject(cookie, 'GET', url);
  const auditOf = (action: string, entityId: number) =>
    t.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
  return { ...t, tree, staffRoot, staffA, secretaryA1, secretaryB1, inject, get, auditOf };
}
export type CampaignsKit = Awaited<ReturnType<typeof campaignsKit>>;
