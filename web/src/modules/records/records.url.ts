// The records list's filters and page live in the URL (?orgId=&kind=a,b&status=held&from=&to=&q=…).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { RECORD_STATUSES, type RecordStatus } from '@xianfeng/shared/schemas/records';
import type { RecordsParams } from './records.api';

export const PAGE_SIZES = [20, 50, 100];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const positiveInt = (s: string | null) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const day = (s: string | null) => (s && DAY.test(s) ? s : undefined);
const list = (s: string | null) => (s ?? '').split(',').filter(Boolean);

export function parseRecords(sp: URLSearchParams): RecordsParams {
  const pageSize = positiveInt(sp.get('pageSize'));
  return {
    orgId: positiveInt(sp.get('orgId')),
    kind: list(sp.get('kind')).filter((k) => /^[a-z][a-z0-9_]{1,49}$/.test(k)),
    status: list(sp.get('status')).filter((s): s is RecordStatus => RECORD_STATUSES.includes(s as RecordStatus)),
    from: day(sp.get('from')),
    to: day(sp.get('to')),
    q: sp.get('q')?.trim() || undefined,
    page: positiveInt(sp.get('page')) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

export function toSearch(p: RecordsParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.orgId) sp.set('orgId', String(p.orgId));
  if (p.kind.length) sp.set('kind', p.kind.join(','));
  if (p.status.length) sp.set('status', p.status.join(','));
  if (p.from) sp.set('from', p.from);
  if (p.to) sp.set('to', p.to);
  if (p.q) sp.set('q', p.q);
  if (p.page !== 1) sp.set('page', String(p.page));
  if (p.pageSize !== 20) sp.set('pageSize', String(p.pageSize));
  return sp;
}

/** The list's state and a setter; changing any filter goes back to page 1. */
export function useRecordsParams(): [RecordsParams, (change: Partial<RecordsParams>) => void] {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parseRecords(sp), [sp]);
  const update = useCallback(
    (change: Partial<RecordsParams>) => {
      setSp(
        (prev) => {
          const current = parseRecords(prev);
          const pageChange = 'page' in change || 'pageSize' in change;
          return toSearch({ ...current, ...change, page: pageChange ? (change.page ?? current.page) : 1 });
        },
        { replace: true },
      );
    },
    [setSp],
  );
  return [params, update];
}
