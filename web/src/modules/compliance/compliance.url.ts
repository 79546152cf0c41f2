// The compliance pages keep their node, months and tab in the URL (?orgId=&from=2019-09&to=2019-10&tab=…).
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ComplianceTab = 'compliance' | 'participation';

export interface ComplianceParams {
  orgId?: number;
  from: string;
  to: string;
  tab: ComplianceTab;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The API takes at most 24 months. */
export const MAX_MONTHS = 24;

/** By default: this year from January to this month. */
export const defaultWindow = () => ({ from: dayjs().startOf('year').format('YYYY-MM'), to: dayjs().format('YYYY-MM') });

export function parseCompliance(sp: URLSearchParams): ComplianceParams {
  const id = Number(sp.get('orgId'));
  const from = sp.get('from') ?? '';
  const to = sp.get('to') ?? '';
  const def = defaultWindow();
  const ok = MONTH.test(from) && MONTH.test(to) && from <= to;
  return {
    orgId: Number.isInteger(id) && id > 0 ? id : undefined,
    from: ok ? from : def.from,
    to: ok ? to : def.to,
    tab: sp.get('tab') === 'participation' ? 'participation' : 'compliance',
  };
}

export function useComplianceParams(): [ComplianceParams, (change: Partial<ComplianceParams>) => void] {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parseCompliance(sp), [sp]);
  const update = useCallback(
    (change: Partial<ComplianceParams>) =>
      setSp((prev) => {
        const next = { ...parseCompliance(prev), ...change };
        const out = new URLSearchParams();
        if (next.orgId) out.set('orgId', String(next.orgId));
        out.set('from', next.from);
        out.set('to', next.to);
        if (next.tab !== 'compliance') out.set('tab', next.tab);
        return out;
      }),
    [setSp],
  );
  return [params, update];
}
