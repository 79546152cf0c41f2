// URL state of the campaign pages: the list's filters and page (?status=&kind=&q=&page=), the campaign's tab (?tab=).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from '@xianfeng/shared/schemas/campaigns';
import type { CampaignsParams } from './campaigns.api';

type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const PAGE_SIZES = [20, 50, 100];
export const CAMPAIGN_TABS = ['overview', 'progress', 'overdue', 'documents', 'visits', 'receipts', 'plan'] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

const positiveInt = (s: string | null) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const oneOf = <T extends string>(values: readonly T[], s: string | null): T | undefined =>
  values.includes(s as T) ? (s as T) : undefined;

export function parseCampaigns(sp: URLSearchParams): CampaignsParams {
  const pageSize = positiveInt(sp.get('pageSize'));
  return {
    status: oneOf<CampaignStatus>(CAMPAIGN_STATUSES, sp.get('status')),
    kind: oneOf<CampaignKind>(CAMPAIGN_KINDS, sp.get('kind')),
    q: sp.get('q')?.trim() || undefined,
    page: positiveInt(sp.get('page')) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

export function toSearch(p: CampaignsParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.status) sp.set('status', p.status);
  if (p.kind) sp.set('kind', p.kind);
  if (p.q) sp.set('q', p.q);
  if (p.page !== 1) sp.set('page', String(p.page));
  if (p.pageSize !== 20) sp.set('pageSize', String(p.pageSize));
  return sp;
}

/** The list's state and a setter; changing a filter goes back to page 1. */
export function useCampaignsParams(): [CampaignsParams, (change: Partial<CampaignsParams>) => void] {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parseCampaigns(sp), [sp]);
  const update = useCallback(
    (change: Partial<CampaignsParams>) =>
      setSp(
        (prev) => {
          const current = parseCampaigns(prev);
          const paging = 'page' in change || 'pageSize' in change;
          return toSearch({ ...current, ...change, page: paging ? (change.page ?? current.page) : 1 });
        },
        { replace: true },
      ),
    [setSp],
  );
  return [params, update];
}

/** The campaign page's tab (default 概览); other parameters of the URL are kept. */
export function useCampaignTab(): [CampaignTab, (tab: CampaignTab) => void] {
  const [sp, setSp] = useSearchParams();
  const tab = oneOf(CAMPAIGN_TABS, sp.get('tab')) ?? 'overview';
  const set = useCallback(
    (next: CampaignTab) =>
      setSp((prev) => {
        const n = new URLSearchParams(prev);
        if (next === 'overview') n.delete('tab');
        else n.set('tab', next);
        return n;
      }),
    [setSp],
  );
  return [tab, set];
}
