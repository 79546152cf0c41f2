// Member self-service (我的组织生活): my meetings (/api/me/records) and my study hours (/api/me/study).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { CreateStudyBody, MyRecord, MyStudy, studyRecordView } from '@xianfeng/shared/schemas/records';
import type { z } from 'zod';
import { api } from '../../app/api';

export type StudyRecordView = z.infer<typeof studyRecordView>;
export type MyScope = 'upcoming' | 'history';

export const meKeys = {
  all: ['me'] as const,
  records: (scope: MyScope, page: number) => ['me', 'records', scope, page] as const,
  study: (from: string, to: string) => ['me', 'study', from, to] as const,
};

export const fetchMyRecords = (scope: MyScope, page: number, pageSize = 10) =>
  api.get<Page<MyRecord>>('/me/records', { scope, page, pageSize });
export const fetchMyStudy = (from: string, to: string) => api.get<MyStudy>('/me/study', { from, to });
export const addStudy = (body: CreateStudyBody) => api.post<StudyRecordView>('/me/study', body);

export function useMyRecords(scope: MyScope, page: number) {
  return useQuery({
    queryKey: meKeys.records(scope, page),
    queryFn: () => fetchMyRecords(scope, page),
    placeholderData: keepPreviousData,
  });
}

export function useMyStudy(from: string, to: string) {
  return useQuery({ queryKey: meKeys.study(from, to), queryFn: () => fetchMyStudy(from, to) });
}
