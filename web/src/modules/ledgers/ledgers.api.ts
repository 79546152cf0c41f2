// Fetchers, query keys and hooks of the ledgers (清单): lists (/api/ledgers), items (/api/ledger-items) with
// their closing workflow and links, the figures at a node (/api/ledger-figures) and the 挂牌 board.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { LedgerBoard, LedgerFigures, LedgerFiguresQuery } from '@xianfeng/shared/schemas/ledgerFigures';
import type {
  CreateItemBody,
  CreateLedgerBody,
  ItemDetail,
  ItemsQuery,
  ItemSummary,
  LedgersQuery,
  LedgerView,
  UpdateItemBody,
  UpdateLedgerBody,
} from '@xianfeng/shared/schemas/ledgers';
import { api } from '../../app/api';

export type LedgersParams = Required<Pick<LedgersQuery, 'page' | 'pageSize'>> & Omit<LedgersQuery, 'page' | 'pageSize'>;
export type ItemsParams = Required<Pick<ItemsQuery, 'page' | 'pageSize'>> & Omit<ItemsQuery, 'page' | 'pageSize'>;
export type BoardView = 'open' | 'closed';

/** The workflow steps of an item (POST /api/ledger-items/:id/<step>). */
export type ItemStep = 'progress' | 'request-close' | 'close' | 'return' | 'request-extension' | 'approve-extension' | 'reopen';

export interface StepBody {
  text?: string;
  percent?: number;
  reason?: string;
  newDeadline?: string;
}

export const ledgerKeys = {
  all: ['ledgers'] as const,
  list: (p: LedgersParams) => ['ledgers', 'list', p] as const,
  detail: (id: number) => ['ledgers', 'detail', id] as const,
  items: (p: ItemsParams) => ['ledgers', 'items', p] as const,
  item: (id: number) => ['ledgers', 'item', id] as const,
  figures: (q: LedgerFiguresQuery) => ['ledgers', 'figures', q] as const,
  board: (orgId: number, view: BoardView, page: number, pageSize: number) => ['ledgers', 'board', orgId, view, page, pageSize] as const,
};

export const fetchLedgers = (p: LedgersParams) => api.get<Page<LedgerView>>('/ledgers', { ...p });
export const fetchLedger = (id: number) => api.get<LedgerView>(`/ledgers/${id}`);
export const createLedger = (body: CreateLedgerBody) => api.post<LedgerView>('/ledgers', body);
export const updateLedger = (id: number, body: UpdateLedgerBody) => api.patch<LedgerView>(`/ledgers/${id}`, body);

export const fetchItems = (p: ItemsParams) => api.get<Page<ItemSummary>>('/ledger-items', { ...p });
export const fetchItem = (id: number) => api.get<ItemDetail>(`/ledger-items/${id}`);
export const createItem = (ledgerId: number, body: CreateItemBody) => api.post<ItemDetail>(`/ledgers/${ledgerId}/items`, body);
export const updateItem = (id: number, body: UpdateItemBody) => api.patch<ItemDetail>(`/ledger-items/${id}`, body);
/** Every step carries the version read; a stale one answers 409 VERSION_CONFLICT. */
export const takeStep = (id: number, step: ItemStep, version: number, body: StepBody) =>
  api.post<ItemDetail>(`/ledger-items/${id}/${step}`, { ...body, version });
export const addLink = (id: number, body: { linkedItemId?: number; recordId?: number }) =>
  api.post<ItemDetail>(`/ledger-items/${id}/links`, body);
export const removeLink = (id: number, linkId: number) => api.delete<unknown>(`/ledger-items/${id}/links/${linkId}`);

export const fetchFigures = (q: LedgerFiguresQuery) => api.get<LedgerFigures>('/ledger-figures', { ...q });
export const fetchBoard = (orgId: number, view: BoardView, page: number, pageSize: number) =>
  api.get<LedgerBoard>(`/ledger-board/${orgId}`, { view, page, pageSize });

export function useLedgers(p: LedgersParams) {
  return useQuery({ queryKey: ledgerKeys.list(p), queryFn: () => fetchLedgers(p), placeholderData: keepPreviousData });
}

export function useLedger(id: number) {
  return useQuery({ queryKey: ledgerKeys.detail(id), queryFn: () => fetchLedger(id), enabled: id > 0 });
}

export function useItems(p: ItemsParams, enabled = true) {
  return useQuery({ queryKey: ledgerKeys.items(p), queryFn: () => fetchItems(p), placeholderData: keepPreviousData, enabled });
}

export function useItem(id: number) {
  return useQuery({ queryKey: ledgerKeys.item(id), queryFn: () => fetchItem(id), enabled: id > 0 });
}

export function useLedgerFigures(q: LedgerFiguresQuery | null) {
  return useQuery({
    queryKey: ledgerKeys.figures(q ?? { orgId: 0 }),
    queryFn: () => fetchFigures(q!),
    enabled: !!q && q.orgId > 0,
    placeholderData: keepPreviousData,
  });
}

export function useBoard(orgId: number, view: BoardView, page: number, pageSize = 20) {
  return useQuery({
    queryKey: ledgerKeys.board(orgId, view, page, pageSize),
    queryFn: () => fetchBoard(orgId, view, page, pageSize),
    enabled: orgId > 0,
    placeholderData: keepPreviousData,
  });
}

/** A change to an item changes its list's items, the figures and the board too: refetch them all. */
export function useInvalidateLedgers() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: ledgerKeys.all }), [client]);
}
