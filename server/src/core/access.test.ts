import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@xianfeng/shared/domain';
import { type Actor, type Grant, type Permission, PERMISSION_ROLES, can, inSubtree, rolesAt, scopeOf, within } from './access';

// A small tree by path: /1/ group → /1/2/ unit A → /1/2/4/ branch A1; /1/3/ unit B; /10/ another group.
const actorWith = (...grants: [string, Role, Grant['source']?][]): Actor => ({
  accountId: 1,
  personId: 1,
  username: 'u',
  name: '测试',
  locale: 'zh-CN',
  grants: grants.map(([path, role, source = 'grant']) => ({ orgId: Number(path.split('/').at(-2)), path, role, source })),
});
const PERMISSIONS = Object.keys(PERMISSION_ROLES) as Permission[];

describe('inSubtree and within', () => {
  it('match whole path segments only', () => {
    expect(inSubtree('/1/2/4/', '/1/2/')).toBe(true);
    expect(inSubtree('/1/2/', '/1/2/')).toBe(true);
    expect(inSubtree('/1/', '/1/2/')).toBe(false);
    // '/10/' starts with '/1' but not with '/1/'.
    expect(inSubtree('/10/', '/1/')).toBe(false);
    expect(inSubtree('/1/20/', '/1/2/')).toBe(false);
  });

  it('within an empty scope is nowhere', () => {
    expect(within([], '/1/')).toBe(false);
    expect(within(['/1/3/', '/1/2/'], '/1/2/4/')).toBe(true);
    expect(within(['/1/3/'], '/1/2/4/')).toBe(false);
  });
});

describe('scopeOf', () => {
  it('is empty without grants, or with grants of roles that lack the permission', () => {
    expect(scopeOf(actorWith(), 'org.read')).toEqual([]);
    expect(scopeOf(actorWith(['/1/', 'member']), 'org.read')).toEqual([]);
    expect(scopeOf(actorWith(['/1/', 'org_staff'], ['/1/', 'reviewer']), 'account.manage')).toEqual([]);
  });

  it('reduces nested subtrees to their tops and drops duplicates', () => {
    const actor = actorWith(['/1/2/4/', 'secretary'], ['/1/2/', 'org_staff'], ['/1/2/', 'admin'], ['/1/3/', 'reviewer']);
    expect(scopeOf(actor, 'org.read')).toEqual(['/1/2/', '/1/3/']);
    expect(scopeOf(actor, 'org.write')).toEqual(['/1/2/']);
    expect(scopeOf(actor, 'person.write')).toEqual(['/1/2/']);
  });

  it('keeps siblings whose ids share a prefix apart', () => {
    expect(scopeOf(actorWith(['/10/', 'admin'], ['/1/', 'admin']), 'account.manage')).toEqual(['/1/', '/10/']);
    expect(scopeOf(actorWith(['/1/2/', 'admin'], ['/1/20/', 'admin']), 'account.manage')).toEqual(['/1/2/', '/1/20/']);
  });

  it('a grant at the top absorbs every grant beneath it, whatever the order', () => {
    const grants: [string, Role][] = [
      ['/1/3/', 'admin'],
      ['/1/', 'admin'],
      ['/1/2/4/', 'admin'],
    ];
    expect(scopeOf(actorWith(...grants), 'account.manage')).toEqual(['/1/']);
    expect(scopeOf(actorWith(...grants.reverse()), 'account.manage')).toEqual(['/1/']);
  });

  it('counts roles carried by positions like granted ones', () => {
    expect(scopeOf(actorWith(['/1/2/4/', 'secretary', 'position']), 'person.write')).toEqual(['/1/2/4/']);
  });
});

describe('can', () => {
  it('holds over the whole subtree below a grant, and nowhere above or beside it', () => {
    const staffA = actorWith(['/1/2/', 'org_staff']);
    expect(can(staffA, 'org.write', '/1/2/')).toBe(true);
    expect(can(staffA, 'org.write', '/1/2/4/')).toBe(true);
    expect(can(staffA, 'org.write', '/1/')).toBe(false);
    expect(can(staffA, 'org.write', '/1/3/')).toBe(false);
    expect(can(staffA, 'org.write', '/10/')).toBe(false);
  });

  // Every permission × every role: granted exactly when PERMISSION_ROLES lists the role, refused otherwise.
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const allowed = (PERMISSION_ROLES[permission] as readonly Role[]).includes(role);
      it(`${role} ${allowed ? 'holds' : 'is refused'} ${permission}`, () => {
        const actor = actorWith(['/1/2/', role]);
        expect(can(actor, permission, '/1/2/4/')).toBe(allowed);
        // Never above or beside the grant.
        expect(can(actor, permission, '/1/')).toBe(false);
        expect(can(actor, permission, '/1/3/')).toBe(false);
      });
    }
  }

  it('members and secretaries never administer accounts, nor do staff or reviewers', () => {
    const actor = actorWith(['/1/', 'member'], ['/1/', 'secretary'], ['/1/', 'org_staff'], ['/1/', 'reviewer']);
    expect(can(actor, 'account.manage', '/1/2/')).toBe(false);
    expect(can(actor, 'org.write', '/1/2/')).toBe(true);
  });

  it('a caller without grants can do nothing anywhere', () => {
    for (const permission of PERMISSIONS) expect(can(actorWith(), permission, '/1/')).toBe(false);
  });
});

describe('rolesAt', () => {
  it('lists the roles held at or above a node, once each', () => {
    const actor = actorWith(
      ['/1/', 'reviewer'],
      ['/1/2/', 'org_staff'],
      ['/1/2/4/', 'secretary', 'position'],
      ['/1/3/', 'admin'],
      ['/1/2/', 'org_staff'],
    );
    expect(rolesAt(actor, '/1/2/4/').sort()).toEqual(['org_staff', 'reviewer', 'secretary']);
    expect(rolesAt(actor, '/1/3/')).toEqual(['reviewer', 'admin']);
    expect(rolesAt(actor, '/10/')).toEqual([]);
  });
});
