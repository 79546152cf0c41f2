// Fetchers, query keys and hooks of the records API (/api/records, /api/record-kinds): 组织生活.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@xianfeng/shared/schemas/common';
import type {
  CreateRecordBody,
  RecordDetail,
  RecordKind,
  RecordStatus,
  RecordSummary,
  RollEntry,
  UpdateRecordBody,
  checkInCode,
  checkInResult,
} from '@xianfeng/shared/schemas/records';
import type { z } from 'zod';
import { api, type Query } from '../../app/api';

export type CheckInCode = z.infer<typeof checkInCode>;
export type CheckInResult = z.infer<typeof checkInResult>;

/** The list's filters (组织生活筛选), as the page keeps them in its URL. */
export interface RecordsFilter {
  orgId?: number;
  kind: string[];
  status: RecordStatus[];
  from?: string;
  to?: string;
  q?: string;
}

export interface RecordsParams extends RecordsFilter {
  page: number;
  pageSize: number;
}

export const filterQuery = (f: RecordsFilter): Query => ({
  orgId: f.orgId,
  kind: f.kind.length > 0 ? f.kind.join(',') : undefined,
  status: f.status.length > 0 ? f.status.join(',') : undefined,
  from: f.from,
  to: f.to,
  q: f.q,
});

export const recordKeys = {
  all: ['records'] as const,
  list: (p: RecordsParams) => ['records', 'list', p] as const,
  detail: (id: number) => ['records', 'detail', id] as const,
  roll: (orgId: number, on: string) => ['records', 'roll', orgId, on] as const,
  recordRoll: (id: number) => ['records', 'recordRoll', id] as const,
  kinds: (orgId: number | null) => ['records', 'kinds', orgId] as const,
  code: (id: number) => ['records', 'code', id] as const,
};

export const fetchRecords = (p: RecordsParams) =>
  api.get<Page<RecordSummary>>('/records', { ...filterQuery(p), page: p.page, pageSize: p.pageSize });
export const fetchRecord = (id: number) => api.get<RecordDetail>(`/records/${id}`);
export const fetchKinds = (orgId: number | null) => api.get<RecordKind[]>('/record-kinds', { orgId: orgId ?? undefined });
/** The people expected on a new record of a node on a day. */
export const fetchRoll = (orgId: number, on: string) => api.get<RollEntry[]>('/records/roll', { orgId, on });
/** The people expected on an existing record (its node and day). */
export const fetchRecordRoll = (id: number) => api.get<RollEntry[]>(`/records/${id}/roll`);

export const createRecord = (body: CreateRecordBody) => api.post<RecordDetail>('/records', body);
export const updateRecord = (id: number, body: UpdateRecordBody) => api.patch<RecordDetail>(`/records/${id}`, body);
export const cancelRecord = (id: number, version: number, reason?: string) =>
  api.post<RecordDetail>(`/records/${id}/cancel`, { version, reason });
export const lockRecord = (id: number, version: number) => api.post<RecordDetail>(`/records/${id}/lock`, { version });
export const unlockRecord = (id: number, version: number, reason: string) =>
  api.post<RecordDetail>(`/records/${id}/unlock`, { version, reason });
export const removeFile = (id: number, fileId: number) => api.delete<unknown>(`/records/${id}/files/${fileId}`);

export const openCheckIn = (id: number) => api.post<unknown>(`/records/${id}/check-in/open`);
export const closeCheckIn = (id: number) => api.post<unknown>(`/records/${id}/check-in/close`);
export const fetchCheckInCode = (id: number) => api.get<CheckInCode>(`/records/${id}/check-in/code`);
export const checkIn = (id: number, code: string) => api.post<CheckInResult>(`/records/${id}/check-in`, { code });

export function useRecords(p: RecordsParams) {
  return useQuery({ queryKey: recordKeys.list(p), queryFn: () => fetchRecords(p), placeholderData: keepPreviousData });
}

export function useRecord(id: number) {
  return useQuery({ queryKey: recordKeys.detail(id), queryFn: () => fetchRecord(id), enabled: id > 0 });
}

/** Kinds usable at a node (built-ins and its ancestors' own), in their sort order. */
export function useKinds(orgId: number | null) {
  return useQuery({
    queryKey: recordKeys.kinds(orgId),
    queryFn: () => fetchKinds(orgId),
    staleTime: 5 * 60_000,
    select: (kinds) => [...kinds].filter((k) => k.active).sort((a, b) => a.sortOrder - b.sortOrder),
  });
}
