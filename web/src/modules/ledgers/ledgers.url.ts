// URL state of the ledger pages, so links, reloads and drill-downs keep it: the lists' filters (?kind=&campaignId=
// &orgId=&page=), the items' filters (?status=&category=&colour=&orgId=&q=&page=), the figures' node and day
// (?org=&asOf=&kind=&ledgerId=) and the board's tab and page (?view=&page=).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ITEM_COLOURS, ITEM_STATUSES, LEDGER_KINDS, type ItemColour, type ItemStatus, type LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { BoardView, ItemsParams, LedgersParams } from './ledgers.api';

export const PAGE_SIZES = [20, 50, 100];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const positiveInt = (s: string | null) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : undefined;
};
const oneOf = <T extends string>(values: readonly T[], s: string | null): T | undefined =>
  values.includes(s as T) ? (s as T) : undefined;
const pageSizeOf = (sp: URLSearchParams) => {
  const n = positiveInt(sp.get('pageSize'));
  return n && PAGE_SIZES.includes(n) ? n : 20;
};
const text = (sp: URLSearchParams, key: string, max = 100) => sp.get(key)?.trim().slice(0, max) || undefined;

function setPaging(sp: URLSearchParams, p: { page: number; pageSize: number }) {
  if (p.page !== 1) sp.set('page', String(p.page));
  if (p.pageSize !== 20) sp.set('pageSize', String(p.pageSize));
}
const setIf = (sp: URLSearchParams, key: string, value: string | number | undefined) => {
  if (value !== undefined && value !== '') sp.set(key, String(value));
};

export function parseLedgers(sp: URLSearchParams): LedgersParams {
  return {
    kind: oneOf<LedgerKind>(LEDGER_KINDS, sp.get('kind')),
    campaignId: positiveInt(sp.get('campaignId')),
    orgId: positiveInt(sp.get('orgId')),
    page: positiveInt(sp.get('page')) ?? 1,
    pageSize: pageSizeOf(sp),
  };
}

export function ledgersSearch(p: LedgersParams): URLSearchParams {
  const sp = new URLSearchParams();
  setIf(sp, 'kind', p.kind);
  setIf(sp, 'campaignId', p.campaignId);
  setIf(sp, 'orgId', p.orgId);
  setPaging(sp, p);
  return sp;
}

export function parseItems(sp: URLSearchParams): ItemsParams {
  return {
    ledgerId: positiveInt(sp.get('ledgerId')),
    orgId: positiveInt(sp.get('orgId')),
    kind: oneOf<LedgerKind>(LEDGER_KINDS, sp.get('kind')),
    status: oneOf<ItemStatus>(ITEM_STATUSES, sp.get('status')),
    category: text(sp, 'category'),
    colour: oneOf<ItemColour>(ITEM_COLOURS, sp.get('colour')),
    q: text(sp, 'q'),
    page: positiveInt(sp.get('page')) ?? 1,
    pageSize: pageSizeOf(sp),
  };
}

export function itemsSearch(p: ItemsParams): URLSearchParams {
  const sp = new URLSearchParams();
  setIf(sp, 'ledgerId', p.ledgerId);
  setIf(sp, 'orgId', p.orgId);
  setIf(sp, 'kind', p.kind);
  setIf(sp, 'status', p.status);
  setIf(sp, 'category', p.category);
  setIf(sp, 'colour', p.colour);
  setIf(sp, 'q', p.q);
  setPaging(sp, p);
  return sp;
}

/** The item list of the figures' selection: the node's subtree, the kind and list, one colour or status if given. */
export function itemsLink(f: Pick<ItemsParams, 'orgId' | 'kind' | 'ledgerId' | 'colour' | 'status'>): string {
  const s = itemsSearch({ ...f, page: 1, pageSize: 20 }).toString();
  return s ? `/ledger-items?${s}` : '/ledger-items';
}

export interface FiguresParams {
  orgId?: number;
  /** 'YYYY-MM-DD'; absent: today. */
  asOf?: string;
  kind?: LedgerKind;
  ledgerId?: number;
}

export function parseFigures(sp: URLSearchParams): FiguresParams {
  const asOf = sp.get('asOf');
  return {
    orgId: positiveInt(sp.get('org')),
    asOf: asOf && DAY.test(asOf) ? asOf : undefined,
    kind: oneOf<LedgerKind>(LEDGER_KINDS, sp.get('kind')),
    ledgerId: positiveInt(sp.get('ledgerId')),
  };
}

export function figuresSearch(p: FiguresParams): URLSearchParams {
  const sp = new URLSearchParams();
  setIf(sp, 'org', p.orgId);
  setIf(sp, 'asOf', p.asOf);
  setIf(sp, 'kind', p.kind);
  setIf(sp, 'ledgerId', p.ledgerId);
  return sp;
}

export interface BoardParams {
  view: BoardView;
  page: number;
}

export const parseBoard = (sp: URLSearchParams): BoardParams => ({
  view: sp.get('view') === 'closed' ? 'closed' : 'open',
  page: positiveInt(sp.get('page')) ?? 1,
});

export function boardSearch(p: BoardParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.view !== 'open') sp.set('view', p.view);
  if (p.page !== 1) sp.set('page', String(p.page));
  return sp;
}

/**
 * A URL-held state and its setter; any change other than the page goes back to page 1 (when the state
 * has one). `replace` keeps filter tweaks out of the history; a drill-down (figures) pushes.
 */
function useUrlState<P extends object>(
  parse: (sp: URLSearchParams) => P,
  serialise: (p: P) => URLSearchParams,
  replace = true,
): [P, (change: Partial<P>) => void] {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parse(sp), [sp, parse]);
  const update = useCallback(
    (change: Partial<P>) =>
      setSp(
        (prev) => {
          const current = parse(prev);
          const next = { ...current, ...change };
          if ('page' in current && !('page' in change || 'pageSize' in change)) Object.assign(next, { page: 1 });
          return serialise(next);
        },
        { replace },
      ),
    [setSp, parse, serialise, replace],
  );
  return [params, update];
}

export const useLedgersParams = () => useUrlState(parseLedgers, ledgersSearch);
export const useItemsParams = () => useUrlState(parseItems, itemsSearch);
export const useFiguresParams = () => useUrlState(parseFigures, figuresSearch, false);
export const useBoardParams = () => useUrlState(parseBoard, boardSearch);
