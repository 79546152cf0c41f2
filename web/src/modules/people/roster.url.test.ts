import { describe, expect, it } from 'vitest';
import { filterQuery } from './people.api';
import { parseRoster } from './roster.url';

describe('roster URL state', () => {
  it('reads filters, sort and paging from the query string', () => {
    const p = parseRoster(new URLSearchParams('orgId=12&partyStatus=full_member,activist&gender=female&q=%20zsf%20&sort=joinedOn&order=desc&page=3&pageSize=50'));
    expect(p).toEqual({
      orgId: 12,
      partyStatus: ['full_member', 'activist'],
      gender: 'female',
      q: 'zsf',
      sort: 'joinedOn',
      order: 'desc',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to defaults on missing or unknown values', () => {
    const p = parseRoster(new URLSearchParams('orgId=abc&partyStatus=bogus,full_member&gender=x&sort=salary&order=up&page=-1&pageSize=7'));
    expect(p).toEqual({ orgId: undefined, partyStatus: ['full_member'], gender: undefined, q: undefined, sort: 'name', order: 'asc', page: 1, pageSize: 20 });
  });

  it('sends several statuses comma-separated and leaves empty filters out', () => {
    const p = parseRoster(new URLSearchParams('partyStatus=candidate,probationary_member'));
    expect(filterQuery(p)).toEqual({ orgId: undefined, partyStatus: 'candidate,probationary_member', gender: undefined, q: undefined, sort: 'name', order: 'asc' });
    expect(filterQuery(parseRoster(new URLSearchParams(''))).partyStatus).toBeUndefined();
  });
});
