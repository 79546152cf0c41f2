// Fetchers and query keys of the organisation API (/api/orgs).
import { useQuery } from '@tanstack/react-query';
import type { Page } from '@xianfeng/shared/schemas/common';
import type {
  CreateOrgBody,
  DissolveOrgBody,
  MergeOrgBody,
  MergeResult,
  MoveOrgBody,
  OrgDetail,
  OrgSearchHit,
  OrgStats,
  OrgSummary,
  UpdateOrgBody,
  orgVersion,
} from '@xianfeng/shared/schemas/orgs';
import type { PositionView } from '@xianfeng/shared/schemas/people';
import type { z } from 'zod';
import { api } from '../../app/api';

export type OrgVersion = z.infer<typeof orgVersion>;

/** The tree loads children a page at a time; the largest page the API allows. */
export const TREE_PAGE = 200;

export const orgKeys = {
  all: ['orgs'] as const,
  roots: ['orgs', 'roots'] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
  children: (id: number, page: number, pageSize: number, includeDissolved: boolean) =>
    ['orgs', 'children', id, page, pageSize, includeDissolved] as const,
  stats: (id: number, asOf?: string) => ['orgs', 'stats', id, asOf ?? 'today'] as const,
  history: (id: number) => ['orgs', 'history', id] as const,
  positions: (id: number) => ['orgs', 'positions', id] as const,
  search: (q: string) => ['orgs', 'search', q] as const,
};

export const fetchRoots = () => api.get<OrgSummary[]>('/orgs/roots');
export const fetchOrg = (id: number) => api.get<OrgDetail>(`/orgs/${id}`);
export const fetchChildren = (id: number, page = 1, pageSize = TREE_PAGE, includeDissolved = false) =>
  api.get<Page<OrgSummary>>(`/orgs/${id}/children`, { page, pageSize, includeDissolved: includeDissolved || undefined });
export const searchOrgs = (q: string, limit = 20) => api.get<OrgSearchHit[]>('/orgs/search', { q, limit });
/** Today's figures, or (with `asOf`) the subtree's figures as it stood on that date. */
export const fetchStats = (id: number, asOf?: string) => api.get<OrgStats>(`/orgs/${id}/stats`, { asOf });
export const fetchHistory = (id: number) => api.get<OrgVersion[]>(`/orgs/${id}/history`);

/** Current leadership; the route may answer a list or a page. */
export async function fetchCurrentPositions(id: number): Promise<PositionView[]> {
  const data = await api.get<PositionView[] | Page<PositionView>>(`/orgs/${id}/positions`, { current: 'true' });
  return Array.isArray(data) ? data : data.items;
}

export const createOrg = (body: CreateOrgBody) => api.post<OrgDetail>('/orgs', body);
export const updateOrg = (id: number, body: UpdateOrgBody) => api.patch<OrgDetail>(`/orgs/${id}`, body);
export const moveOrg = (id: number, body: MoveOrgBody) => api.post<OrgDetail>(`/orgs/${id}/move`, body);
export const dissolveOrg = (id: number, body: DissolveOrgBody) => api.post<OrgDetail>(`/orgs/${id}/dissolve`, body);
export const mergeOrg = (id: number, body: MergeOrgBody) => api.post<MergeResult>(`/orgs/${id}/merge`, body);

export function useOrg(id: number | null | undefined) {
  return useQuery({ queryKey: orgKeys.detail(id ?? 0), queryFn: () => fetchOrg(id!), enabled: !!id });
}

export function useRoots(enabled = true) {
  return useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, enabled, staleTime: 60_000 });
}

export function useOrgStats(id: number | null | undefined, asOf?: string) {
  return useQuery({ queryKey: orgKeys.stats(id ?? 0, asOf), queryFn: () => fetchStats(id!, asOf), enabled: !!id });
}

/** Ids along a materialised path '/1/5/23/', root first. */
export const idsOfPath = (path: string) => path.split('/').filter(Boolean).map(Number);
