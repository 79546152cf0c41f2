// Fetchers, query keys and hooks of the roster API (/api/people, /api/positions).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Gender, PartyStatus } from '@xianfeng/shared/domain';
import type {
  BulkTransferBody,
  BulkTransferResult,
  CreatePersonBody,
  CreatePositionBody,
  PEOPLE_SORTS,
  PeoplePage,
  PersonDetail,
  StatusChangeBody,
  TransferBody,
  UpdatePersonBody,
  UpdatePositionBody,
} from '@xianfeng/shared/schemas/people';
import { api, type Query } from '../../app/api';

export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** The roster's filters (花名册筛选), as the page keeps them in its URL. */
export interface RosterFilter {
  orgId?: number;
  partyStatus: PartyStatus[];
  gender?: Gender;
  q?: string;
  sort: PeopleSort;
  order: 'asc' | 'desc';
}

export interface RosterParams extends RosterFilter {
  page: number;
  pageSize: number;
}

/** The filter as query parameters; several statuses travel comma-separated. */
export const filterQuery = (f: RosterFilter): Query => ({
  orgId: f.orgId,
  partyStatus: f.partyStatus.length > 0 ? f.partyStatus.join(',') : undefined,
  gender: f.gender,
  q: f.q,
  sort: f.sort,
  order: f.order,
});

export const peopleKeys = {
  all: ['people'] as const,
  list: (p: RosterParams) => ['people', 'list', p] as const,
  search: (q: string) => ['people', 'search', q] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
};

export const fetchPeople = (p: RosterParams) => api.get<PeoplePage>('/people', { ...filterQuery(p), page: p.page, pageSize: p.pageSize });
export const fetchPerson = (id: number) => api.get<PersonDetail>(`/people/${id}`);

/** A few people matching a name, pinyin initials or employee number (for pickers). */
export const searchPeople = (q: string, pageSize = 20) => api.get<PeoplePage>('/people', { q, pageSize });

export const createPerson = (body: CreatePersonBody) => api.post<{ id: number }>('/people', body);
export const updatePerson = (id: number, body: UpdatePersonBody) => api.patch<unknown>(`/people/${id}`, body);
export const changeStatus = (id: number, body: StatusChangeBody) => api.post<unknown>(`/people/${id}/status`, body);
export const transferPerson = (id: number, body: TransferBody) => api.post<unknown>(`/people/${id}/transfer`, body);
/** 批量转接: everyone or nobody; a 400 lists each refused person in its details. */
export const bulkTransfer = (body: BulkTransferBody) => api.post<BulkTransferResult>('/people/transfer', body);
export const createPosition = (body: CreatePositionBody) => api.post<unknown>('/positions', body);
export const updatePosition = (id: number, body: UpdatePositionBody) => api.patch<unknown>(`/positions/${id}`, body);

export function usePeople(p: RosterParams) {
  return useQuery({ queryKey: peopleKeys.list(p), queryFn: () => fetchPeople(p), placeholderData: keepPreviousData });
}

export function usePerson(id: number) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => fetchPerson(id), enabled: id > 0 });
}
