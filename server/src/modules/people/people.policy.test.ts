import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../core/access';
import {
  canHoldMembership,
  canManagePositionsAt,
  canReadPerson,
  canWritePerson,
  datesFitStatus,
  inRoster,
  rosterScope,
} from './people.policy';

const actor = (grants: Omit<Grant, 'source' | 'orgId'>[], personId = 99): Actor => ({
  accountId: 1,
  personId,
  username: 'u',
  name: 'n',
  locale: 'zh-CN',
  grants: grants.map((g, i) => ({ ...g, orgId: i + 1, source: 'grant' })),
});

describe('people policy', () => {
  const inA1 = { id: 1, orgPath: '/1/2/3/' };
  const inB1 = { id: 2, orgPath: '/1/4/5/' };

  it('lets a secretary read and write their subtree only', () => {
    const secretary = actor([{ path: '/1/2/3/', role: 'secretary' }]);
    expect([canReadPerson(secretary, inA1), canWritePerson(secretary, inA1)]).toEqual([true, true]);
    expect([canReadPerson(secretary, inB1), canWritePerson(secretary, inB1)]).toEqual([false, false]);
    expect(canManagePositionsAt(secretary, { path: '/1/2/' })).toBe(false);
  });

  it('lets a reviewer read but not write', () => {
    const reviewer = actor([{ path: '/1/', role: 'reviewer' }]);
    expect([canReadPerson(reviewer, inB1), canWritePerson(reviewer, inB1)]).toEqual([true, false]);
  });

  it('lets a member read only themself, and keeps them out of any roster', () => {
    const member = actor([{ path: '/1/2/3/', role: 'member' }], inA1.id);
    expect(canReadPerson(member, inA1)).toBe(true);
    expect(inRoster(member, inA1)).toBe(false);
    expect(canWritePerson(member, inA1)).toBe(false);
    expect(canReadPerson(member, { id: 7, orgPath: inA1.orgPath })).toBe(false);
    expect(rosterScope(member)).toEqual([]);
  });

  it('reduces the roster scope to the top subtrees', () => {
    expect(
      rosterScope(
        actor([
          { path: '/1/2/', role: 'org_staff' },
          { path: '/1/2/3/', role: 'secretary' },
          { path: '/1/4/5/', role: 'reviewer' },
        ]),
      ),
    ).toEqual(['/1/2/', '/1/4/5/']);
  });

  it('keeps party memberships at branches and party groups; non-members anywhere', () => {
    expect(canHoldMembership('full_member', 'branch')).toBe(true);
    expect(canHoldMembership('activist', 'party_group')).toBe(true);
    expect(canHoldMembership('probationary_member', 'committee')).toBe(false);
    expect(canHoldMembership('applicant', 'general_branch')).toBe(false);
    expect(canHoldMembership('non_member', 'committee')).toBe(true);
  });

  it('matches the dates of joining and full membership to the status', () => {
    expect(datesFitStatus('full_member', '2010-01-01', '2011-01-01')).toBe(true);
    expect(datesFitStatus('probationary_member', '2010-01-01', null)).toBe(true);
    expect(datesFitStatus('probationary_member', '2010-01-01', '2011-01-01')).toBe(false);
    expect(datesFitStatus('candidate', '2010-01-01', null)).toBe(false);
    expect(datesFitStatus('activist', null, null)).toBe(true);
    expect(datesFitStatus('non_member', '2010-01-01', '2011-01-01')).toBe(true);
  });
});
