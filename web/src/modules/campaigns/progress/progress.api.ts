// Fetchers, keys and hooks of a campaign's progress: key figures (as of a day), the matrix, 自选动作 and
// tightened deadlines, 已传达 (receipts) and 指导组参会 (guidance visits).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CampaignFigures,
  LocalActionBody,
  ProgressMatrix,
  ReceiptBody,
  ReceiptsList,
  ReceiptView,
  TightenBody,
  VisitBody,
  VisitView,
} from '@xianfeng/shared/schemas/campaigns';
import type { Page } from '@xianfeng/shared/schemas/common';
import { api } from '../../../app/api';

export const progressKeys = {
  all: ['campaignProgress'] as const,
  figures: (id: number, orgId: number | null, asOf: string) => ['campaignProgress', 'figures', id, orgId, asOf] as const,
  matrix: (id: number, orgId: number | null, phase: number | null) => ['campaignProgress', 'matrix', id, orgId, phase] as const,
  receipts: (id: number, orgId: number | null) => ['campaignProgress', 'receipts', id, orgId] as const,
  visits: (id: number, orgId: number | null, page: number) => ['campaignProgress', 'visits', id, orgId, page] as const,
};

export const fetchFigures = (id: number, orgId: number | null, asOf: string) =>
  api.get<CampaignFigures>(`/campaigns/${id}/figures`, { orgId, asOf });
export const fetchMatrix = (id: number, orgId: number | null, phase: number | null) =>
  api.get<ProgressMatrix>(`/campaigns/${id}/progress`, { orgId, phase });
export const fetchReceipts = (id: number, orgId: number | null) => api.get<ReceiptsList>(`/campaigns/${id}/receipts`, { orgId });
export const fetchVisits = (id: number, orgId: number | null, page: number, pageSize = 20) =>
  api.get<Page<VisitView>>(`/campaigns/${id}/visits`, { orgId, page, pageSize });

export const addLocalAction = (id: number, body: LocalActionBody) => api.post<unknown>(`/campaigns/${id}/local-actions`, body);
export const tightenDeadline = (id: number, actionId: number, body: TightenBody) =>
  api.post<{ updated: number }>(`/campaigns/${id}/actions/${actionId}/tighten`, body);
export const acknowledge = (id: number, body: ReceiptBody) => api.post<ReceiptView>(`/campaigns/${id}/receipts`, body);
export const createVisit = (id: number, body: VisitBody) => api.post<VisitView>(`/campaigns/${id}/visits`, body);

export function useFigures(id: number, orgId: number | null, asOf: string, enabled = true) {
  return useQuery({
    queryKey: progressKeys.figures(id, orgId, asOf),
    queryFn: () => fetchFigures(id, orgId, asOf),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useMatrix(id: number, orgId: number | null, phase: number | null, enabled = true) {
  return useQuery({
    queryKey: progressKeys.matrix(id, orgId, phase),
    queryFn: () => fetchMatrix(id, orgId, phase),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useReceipts(id: number, orgId: number | null, enabled = true) {
  return useQuery({ queryKey: progressKeys.receipts(id, orgId), queryFn: () => fetchReceipts(id, orgId), enabled });
}

export function useVisits(id: number, orgId: number | null, page: number, enabled = true) {
  return useQuery({
    queryKey: progressKeys.visits(id, orgId, page),
    queryFn: () => fetchVisits(id, orgId, page),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A change below the campaign: refetch its progress, the to-do lists and the campaign itself (自选动作 add actions). */
export function useProgressMutation<V>(run: (values: V) => Promise<unknown>, onDone?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: progressKeys.all }),
        client.invalidateQueries({ queryKey: ['assignments'] }),
        client.invalidateQueries({ queryKey: ['campaigns'] }),
      ]);
      onDone?.();
    },
  });
}
