import { and, eq } from 'drizzle-orm';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { auditLog } from '../audit/audit.schema';
import { buildTree } from '../orgs/orgs.factory';

/** A tree with root staff, unit-A staff, branch secretaries of A1 and B1, and inject helpers. */
export async function ledgersKit() {
  const t = await testApp();
  const tree = await buildTree(t.db);
  const [staffRoot, staffA, secretaryA1, secretaryB1] = [
    (await buildAccount(t.db, tree.root, ['org_staff'])).cookie,
    (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie,
    (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie,
    (await buildAccount(t.db, tree.branchB1, ['secretary'])).cookie,
  ];
  const inject = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { cookie } });
  const auditOf = (action: string, entityId: number) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
  /** A problem list (问题整改) owned by unit A. */
  const problemList = async (ownerOrgId = tree.unitA.id, cookie = staffA) =>
    (
      await inject(cookie, 'POST', '/api/ledgers', {
        ownerOrgId,
        kind: 'problem',
        title: '问题整改清单',
        categories: ['作风', '制度'],
      })
    ).json();
  const problem = { source: 'self_check', severity: 'general', measures: '建立台账，逐项整改' };
  const addItem = (ledgerId: number, body: object, cookie = staffA) =>
    inject(cookie, 'POST', `/api/ledgers/${ledgerId}/items`, {
      title: '会议记录不规范',
      responsibleOrgId: tree.branchA1.id,
      fields: problem,
      ...body,
    });
  return { ...t, tree, staffRoot, staffA, secretaryA1, secretaryB1, inject, auditOf, problemList, problem, addItem };
}
export type LedgersKit = Awaited<ReturnType<typeof ledgersKit>>;
