import type { OrgType } from '@xianfeng/shared/domain';
import type { Executor } from '../../db/client';
import { uniq } from '../../test/harness';
import * as q from './orgs.queries';

/** Test factory: a node (a new top node when no parent is given), with a unique name and code. */
export async function buildOrg(
  db: Executor,
  overrides: { parent?: q.OrgRow | null; type?: OrgType; name?: string; code?: string } = {},
) {
  const type = overrides.type ?? (overrides.parent ? 'branch' : 'committee');
  const tag = uniq();
  const org = await q.insertOrg(db, overrides.parent ?? null, {
    type,
    name: overrides.name ?? `测试${type === 'branch' ? '支部' : '组织'}${tag}`,
    code: overrides.code ?? `T-${tag}`,
  });
  await q.openVersion(db, { orgId: org.id, parentId: org.parentId, type, name: org.name, change: 'create', validFrom: '2020-01-01' });
  return org;
}

/** A small group: root → two units → branches (A1, A2 under unit A; B1 under unit B) → a party group in A1. */
export async function buildTree(db: Executor) {
  const root = await buildOrg(db, { name: `测试集团党委${uniq()}` });
  const unitA = await buildOrg(db, { parent: root, type: 'committee', name: `甲公司党委${uniq()}` });
  const unitB = await buildOrg(db, { parent: root, type: 'committee', name: `乙公司党委${uniq()}` });
  const branchA1 = await buildOrg(db, { parent: unitA, type: 'branch', name: `甲一支部${uniq()}` });
  const branchA2 = await buildOrg(db, { parent: unitA, type: 'branch', name: `甲二支部${uniq()}` });
  const branchB1 = await buildOrg(db, { parent: unitB, type: 'branch', name: `乙一支部${uniq()}` });
  const groupA1 = await buildOrg(db, { parent: branchA1, type: 'party_group', name: `甲一第一党小组${uniq()}` });
  return { root, unitA, unitB, branchA1, branchA2, branchB1, groupA1 };
}
export type TestTree = Awaited<ReturnType<typeof buildTree>>;
