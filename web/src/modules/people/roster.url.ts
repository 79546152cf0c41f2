// The roster's filters, page and sort live in the URL (?orgId=&partyStatus=a,b&q=…), so links and reloads keep them.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { GENDERS, PARTY_STATUSES, type Gender, type PartyStatus } from '@xianfeng/shared/domain';
import { PEOPLE_SORTS } from '@xianfeng/shared/schemas/people';
import type { PeopleSort, RosterParams } from './people.api';

export const PAGE_SIZES = [20, 50, 100, 200];

const positiveInt = (s: string | null) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export function parseRoster(sp: URLSearchParams): RosterParams {
  const statuses = (sp.get('partyStatus') ?? '').split(',').filter((s): s is PartyStatus => PARTY_STATUSES.includes(s as PartyStatus));
  const gender = sp.get('gender');
  const sort = sp.get('sort');
  const pageSize = positiveInt(sp.get('pageSize'));
  return {
    orgId: positiveInt(sp.get('orgId')),
    partyStatus: statuses,
    gender: GENDERS.includes(gender as Gender) ? (gender as Gender) : undefined,
    q: sp.get('q')?.trim() || undefined,
    sort: PEOPLE_SORTS.includes(sort as PeopleSort) ? (sort as PeopleSort) : 'name',
    order: sp.get('order') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(sp.get('page')) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function toSearch(p: RosterParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.orgId) sp.set('orgId', String(p.orgId));
  if (p.partyStatus.length) sp.set('partyStatus', p.partyStatus.join(','));
  if (p.gender) sp.set('gender', p.gender);
  if (p.q) sp.set('q', p.q);
  if (p.sort !== 'name') sp.set('sort', p.sort);
  if (p.order !== 'asc') sp.set('order', p.order);
  if (p.page !== 1) sp.set('page', String(p.page));
  if (p.pageSize !== 20) sp.set('pageSize', String(p.pageSize));
  return sp;
}

/** The roster's state and a setter; changing any filter goes back to page 1. */
export function useRosterParams(): [RosterParams, (change: Partial<RosterParams>) => void] {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parseRoster(sp), [sp]);
  const update = useCallback(
    (change: Partial<RosterParams>) => {
      setSp(
        (prev) => {
          const current = parseRoster(prev);
          const pageChange = 'page' in change || 'pageSize' in change;
          const next = { ...current, ...change, page: pageChange ? (change.page ?? current.page) : 1 };
          return toSearch(next);
        },
        { replace: true },
      );
    },
    [setSp],
  );
  return [params, update];
}
