// Fetchers, query keys and hooks of campaigns (/api/campaigns): the list, the plan (phases, 规定动作),
// launch, people (领导小组 / 办公室 / 指导组), documents (材料) and 复制为模板. Assignments: assignments.api.ts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@xianfeng/shared/schemas/common';
import type {
  ActionBody,
  CampaignDetail,
  CampaignSummary,
  CampaignsQuery,
  CopyCampaignBody,
  CreateCampaignBody,
  DocumentView,
  DocumentsQuery,
  MemberBody,
  MemberView,
  PhaseBody,
  UpdateActionBody,
  UpdateCampaignBody,
  UpdateMemberBody,
  UpdatePhaseBody,
  launchResult,
} from '@xianfeng/shared/schemas/campaigns';
import type { z } from 'zod';
import { api } from '../../app/api';

export type LaunchResult = z.infer<typeof launchResult>;
export type CampaignsParams = Required<Pick<CampaignsQuery, 'page' | 'pageSize'>> & Omit<CampaignsQuery, 'page' | 'pageSize'>;
export type DocumentsParams = Required<Pick<DocumentsQuery, 'page' | 'pageSize'>> & Omit<DocumentsQuery, 'page' | 'pageSize'>;

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (p: CampaignsParams) => ['campaigns', 'list', p] as const,
  detail: (id: number) => ['campaigns', 'detail', id] as const,
  members: (id: number) => ['campaigns', 'members', id] as const,
  documents: (id: number, p?: DocumentsParams) =>
    p ? (['campaigns', 'documents', id, p] as const) : (['campaigns', 'documents', id] as const),
};

export const fetchCampaigns = (p: CampaignsParams) => api.get<Page<CampaignSummary>>('/campaigns', { ...p });
export const fetchCampaign = (id: number) => api.get<CampaignDetail>(`/campaigns/${id}`);
export const createCampaign = (body: CreateCampaignBody) => api.post<CampaignDetail>('/campaigns', body);
export const updateCampaign = (id: number, body: UpdateCampaignBody) => api.patch<CampaignDetail>(`/campaigns/${id}`, body);
export const copyCampaign = (id: number, body: CopyCampaignBody) => api.post<CampaignDetail>(`/campaigns/${id}/copy`, body);
/** Creates every assignment at once (one per action per target node). */
export const launchCampaign = (id: number, version: number) => api.post<LaunchResult>(`/campaigns/${id}/launch`, { version });

export const addPhase = (id: number, body: PhaseBody) => api.post<CampaignDetail>(`/campaigns/${id}/phases`, body);
export const updatePhase = (id: number, phaseId: number, body: UpdatePhaseBody) =>
  api.patch<CampaignDetail>(`/campaigns/${id}/phases/${phaseId}`, body);
export const removePhase = (id: number, phaseId: number) => api.delete<unknown>(`/campaigns/${id}/phases/${phaseId}`);

export const addAction = (id: number, body: ActionBody) => api.post<CampaignDetail>(`/campaigns/${id}/actions`, body);
export const updateAction = (id: number, actionId: number, body: UpdateActionBody) =>
  api.patch<CampaignDetail>(`/campaigns/${id}/actions/${actionId}`, body);
export const removeAction = (id: number, actionId: number) => api.delete<unknown>(`/campaigns/${id}/actions/${actionId}`);

export const fetchMembers = (id: number) => api.get<MemberView[]>(`/campaigns/${id}/members`);
export const addMember = (id: number, body: MemberBody) => api.post<MemberView>(`/campaigns/${id}/members`, body);
export const updateMember = (id: number, memberId: number, body: UpdateMemberBody) =>
  api.patch<MemberView>(`/campaigns/${id}/members/${memberId}`, body);
export const removeMember = (id: number, memberId: number) => api.delete<unknown>(`/campaigns/${id}/members/${memberId}`);

export const fetchDocuments = (id: number, p: DocumentsParams) =>
  api.get<Page<DocumentView>>(`/campaigns/${id}/documents`, { ...p });
/** Multipart upload (file + orgId + title): the form posts here with its own progress. */
export const documentsUploadUrl = (id: number) => `/api/campaigns/${id}/documents`;
/** For downloadFile (people/download.ts), which prefixes /api. */
export const documentFilePath = (documentId: number) => `/campaign-documents/${documentId}/file`;
export const removeDocument = (documentId: number) => api.delete<unknown>(`/campaign-documents/${documentId}`);

export function useCampaigns(p: CampaignsParams) {
  return useQuery({ queryKey: campaignKeys.list(p), queryFn: () => fetchCampaigns(p), placeholderData: keepPreviousData });
}

export function useCampaign(id: number) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => fetchCampaign(id), enabled: id > 0 });
}

/** 领导小组, 办公室 and 指导组 (with the units each guidance member supervises). */
export function useMembers(id: number) {
  return useQuery({ queryKey: campaignKeys.members(id), queryFn: () => fetchMembers(id), enabled: id > 0 });
}

export function useDocuments(id: number, p: DocumentsParams) {
  return useQuery({
    queryKey: campaignKeys.documents(id, p),
    queryFn: () => fetchDocuments(id, p),
    placeholderData: keepPreviousData,
  });
}
