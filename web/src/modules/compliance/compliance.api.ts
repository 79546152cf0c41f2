// Fetchers, keys and hooks of frequency rules (/api/rules), compliance (/api/compliance) and participation.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  ComplianceNode,
  ComplianceTable,
  CreateExemptionBody,
  CreateRuleBody,
  FrequencyRule,
  ParticipationPeoplePage,
  ParticipationTable,
  RuleExemption,
  RulesResponse,
  UpdateRuleBody,
} from '@xianfeng/shared/schemas/compliance';
import { api } from '../../app/api';

/** A window of months, 'YYYY-MM' inclusive. */
export interface Window {
  from: string;
  to: string;
}

export const complianceKeys = {
  all: ['compliance'] as const,
  table: (orgId: number, w: Window) => ['compliance', 'table', orgId, w.from, w.to] as const,
  node: (orgId: number, w: Window) => ['compliance', 'node', orgId, w.from, w.to] as const,
  participation: (orgId: number, w: Window) => ['compliance', 'participation', orgId, w.from, w.to] as const,
  people: (orgId: number, w: Window, page: number, order: string) =>
    ['compliance', 'people', orgId, w.from, w.to, page, order] as const,
  rules: (orgId: number, inactive: boolean) => ['compliance', 'rules', orgId, inactive] as const,
};

export const fetchCompliance = (orgId: number, w: Window) => api.get<ComplianceTable>('/compliance', { orgId, ...w });
export const fetchComplianceNode = (orgId: number, w: Window) => api.get<ComplianceNode>(`/compliance/node/${orgId}`, { ...w });
export const fetchParticipation = (orgId: number, w: Window) => api.get<ParticipationTable>('/participation', { orgId, ...w });
export const fetchParticipationPeople = (orgId: number, w: Window, page: number, order: 'asc' | 'desc', pageSize = 50) =>
  api.get<ParticipationPeoplePage>('/participation/people', { orgId, ...w, page, pageSize, order });
export const fetchRules = (orgId: number, includeInactive = false) =>
  api.get<RulesResponse>('/rules', { orgId, includeInactive: includeInactive || undefined });

export const createRule = (body: CreateRuleBody) => api.post<FrequencyRule>('/rules', body);
export const updateRule = (id: number, body: UpdateRuleBody) => api.patch<FrequencyRule>(`/rules/${id}`, body);
export const deactivateRule = (id: number, version: number) => api.post<FrequencyRule>(`/rules/${id}/deactivate`, { version });
export const createExemption = (ruleId: number, body: CreateExemptionBody) =>
  api.post<RuleExemption>(`/rules/${ruleId}/exemptions`, body);
export const deleteExemption = (ruleId: number, id: number) => api.delete<unknown>(`/rules/${ruleId}/exemptions/${id}`);

export function useCompliance(orgId: number | null, w: Window) {
  return useQuery({
    queryKey: complianceKeys.table(orgId ?? 0, w),
    queryFn: () => fetchCompliance(orgId!, w),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}

export function useComplianceNode(orgId: number | null, w: Window) {
  return useQuery({
    queryKey: complianceKeys.node(orgId ?? 0, w),
    queryFn: () => fetchComplianceNode(orgId!, w),
    enabled: !!orgId,
  });
}

export function useParticipation(orgId: number | null, w: Window) {
  return useQuery({
    queryKey: complianceKeys.participation(orgId ?? 0, w),
    queryFn: () => fetchParticipation(orgId!, w),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}

export function useParticipationPeople(orgId: number | null, w: Window, page: number, order: 'asc' | 'desc') {
  return useQuery({
    queryKey: complianceKeys.people(orgId ?? 0, w, page, order),
    queryFn: () => fetchParticipationPeople(orgId!, w, page, order),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}

export function useRules(orgId: number | null, includeInactive = false) {
  return useQuery({
    queryKey: complianceKeys.rules(orgId ?? 0, includeInactive),
    queryFn: () => fetchRules(orgId!, includeInactive),
    enabled: !!orgId,
  });
}
