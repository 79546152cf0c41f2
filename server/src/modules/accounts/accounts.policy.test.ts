import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/access';
import * as policy from './accounts.policy';

// Paths: /1/ group → /1/2/ unit A (→ /1/2/4/ branch A1) and /1/3/ unit B.
const actor = (grants: [string, Actor['grants'][number]['role']][], accountId = 7): Actor => ({
  accountId,
  personId: 1,
  username: 'u',
  name: '测试',
  locale: 'zh-CN',
  grants: grants.map(([path, role]) => ({ orgId: 1, path, role, source: 'grant' })),
});
const reach = (
  personPath: string,
  grantPaths: string[] = [],
  positionPaths: string[] = [],
  accountId = 1,
): policy.AccountReach => ({
  accountId,
  personPath,
  grantPaths,
  positionPaths,
});
const adminA = policy.manageScope(actor([['/1/2/', 'admin']]));

describe('accounts policy', () => {
  it('only admins administer accounts; staff, reviewers, secretaries and members are refused outright', () => {
    expect(policy.mayAdministerAccounts(adminA)).toBe(true);
    for (const role of ['org_staff', 'reviewer', 'secretary', 'member'] as const) {
      expect(policy.mayAdministerAccounts(policy.manageScope(actor([['/1/', role]])))).toBe(false);
    }
  });

  it('sees accounts of people in scope, or holding a grant in scope, and nothing else', () => {
    expect(policy.canSeeAccount(adminA, reach('/1/2/4/'))).toBe(true);
    expect(policy.canSeeAccount(adminA, reach('/1/3/', ['/1/2/4/']))).toBe(true);
    expect(policy.canSeeAccount(adminA, reach('/1/3/', ['/1/3/']))).toBe(false);
    // A position alone does not make an account visible.
    expect(policy.canSeeAccount(adminA, reach('/1/3/', [], ['/1/2/4/']))).toBe(false);
    expect(policy.canSeeAccount([], reach('/1/2/4/'))).toBe(false);
  });

  it('manages an account only when its person, grants and role-carrying positions all lie in scope', () => {
    expect(policy.canManageAccount(adminA, reach('/1/2/4/', ['/1/2/4/'], ['/1/2/4/']))).toBe(true);
    // A group admin whose person sits in unit A: a unit admin must not take it over.
    expect(policy.canManageAccount(adminA, reach('/1/2/4/', ['/1/']))).toBe(false);
    expect(policy.canManageAccount(adminA, reach('/1/2/4/', [], ['/1/3/']))).toBe(false);
    expect(policy.canManageAccount(adminA, reach('/1/3/', ['/1/2/']))).toBe(false);
  });

  it('grants only inside the scope', () => {
    expect(policy.canGrantAt(adminA, '/1/2/4/')).toBe(true);
    expect(policy.canGrantAt(adminA, '/1/')).toBe(false);
    expect(policy.canGrantAt(adminA, '/1/3/')).toBe(false);
  });

  it('bulk form picks the manageable accounts', () => {
    const ids = policy.manageableAccounts(adminA, [
      reach('/1/2/', [], [], 1),
      reach('/1/2/', ['/1/'], [], 2),
      reach('/1/3/', [], [], 3),
    ]);
    expect([...ids]).toEqual([1]);
  });

  it('recognises the caller own account', () => {
    expect(policy.isSelf(actor([], 7), 7)).toBe(true);
    expect(policy.isSelf(actor([], 7), 8)).toBe(false);
  });
});
