// Fetchers, keys and hooks of assignments (任务分配): a node's to-do, one assignment with its evidence,
// submit / review / reopen, evidence links, and 督办 (overdue below a node).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignmentDetail,
  AssignmentView,
  LinkEvidenceBody,
  OverdueItem,
  TodoList,
} from '@xianfeng/shared/schemas/campaigns';
import type { Page } from '@xianfeng/shared/schemas/common';
import { api } from '../../app/api';

export interface OverdueParams {
  orgId: number;
  campaignId?: number;
  page: number;
  pageSize: number;
}

export const assignmentKeys = {
  all: ['assignments'] as const,
  todo: (orgId: number) => ['assignments', 'todo', orgId] as const,
  detail: (id: number) => ['assignments', 'detail', id] as const,
  overdue: (p: OverdueParams) => ['assignments', 'overdue', p] as const,
};

export type ReviewStep = 'submit' | 'approve' | 'return' | 'reopen';

export const fetchTodo = (orgId: number) => api.get<TodoList>('/campaigns/todo', { orgId });
export const fetchAssignment = (id: number) => api.get<AssignmentDetail>(`/assignments/${id}`);
export const fetchOverdue = (p: OverdueParams) => api.get<Page<OverdueItem>>('/assignments/overdue', { ...p });

/** 提交 / 通过 / 退回 / 重新打开: returning and reopening need the comment (the server says so too). */
export const moveAssignment = (id: number, step: ReviewStep, version: number, comment?: string) =>
  api.post<AssignmentView>(`/assignments/${id}/${step}`, { version, comment: comment || undefined });
export const linkEvidence = (id: number, body: LinkEvidenceBody) => api.post<unknown>(`/assignments/${id}/evidence`, body);
export const unlinkEvidence = (id: number, evidenceId: number) =>
  api.delete<unknown>(`/assignments/${id}/evidence/${evidenceId}`);

export function useTodo(orgId: number | null) {
  return useQuery({ queryKey: assignmentKeys.todo(orgId ?? 0), queryFn: () => fetchTodo(orgId!), enabled: !!orgId });
}

export function useAssignment(id: number) {
  return useQuery({ queryKey: assignmentKeys.detail(id), queryFn: () => fetchAssignment(id), enabled: id > 0 });
}

export function useOverdue(p: OverdueParams | null) {
  return useQuery({
    queryKey: assignmentKeys.overdue(p ?? { orgId: 0, page: 1, pageSize: 20 }),
    queryFn: () => fetchOverdue(p!),
    enabled: !!p,
    placeholderData: keepPreviousData,
  });
}

/** Whatever changes an assignment changes the to-do lists, the matrix and the figures too. */
export function useInvalidateAssignments() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: assignmentKeys.all }),
      client.invalidateQueries({ queryKey: ['campaignProgress'] }),
    ]);
}

export function useEvidenceMutations(id: number) {
  const invalidate = useInvalidateAssignments();
  const link = useMutation({ mutationFn: (body: LinkEvidenceBody) => linkEvidence(id, body), onSuccess: invalidate });
  const unlink = useMutation({ mutationFn: (evidenceId: number) => unlinkEvidence(id, evidenceId), onSuccess: invalidate });
  return { link, unlink };
}
