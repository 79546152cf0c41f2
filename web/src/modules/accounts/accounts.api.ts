// Fetchers, query keys and hooks of account administration (/api/accounts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '@xianfeng/shared/domain';
import type { AccountRow, CreateAccountBody, GrantBody } from '@xianfeng/shared/schemas/accounts';
import type { Page } from '@xianfeng/shared/schemas/common';
import { api } from '../../app/api';

export interface AccountsParams {
  orgId?: number;
  q?: string;
  disabled?: boolean;
  role?: Role;
  page: number;
  pageSize: number;
}

export const accountKeys = {
  all: ['accounts'] as const,
  list: (p: AccountsParams) => ['accounts', 'list', p] as const,
};

export const fetchAccounts = (p: AccountsParams) =>
  api.get<Page<AccountRow>>('/accounts', { ...p, disabled: p.disabled === undefined ? undefined : String(p.disabled) });

export const createAccount = (body: CreateAccountBody) =>
  api.post<{ account: AccountRow; temporaryPassword: string | null }>('/accounts', body);
export const addGrant = (id: number, body: GrantBody) => api.post<AccountRow>(`/accounts/${id}/grants`, body);
export const removeGrant = (id: number, grantId: number) => api.delete<AccountRow>(`/accounts/${id}/grants/${grantId}`);
export const resetPassword = (id: number) => api.post<{ temporaryPassword: string }>(`/accounts/${id}/reset-password`);
export const setDisabled = (a: AccountRow, disabled: boolean) =>
  api.post<AccountRow>(`/accounts/${a.id}/${disabled ? 'disable' : 'enable'}`, { version: a.version });
export const unlockAccount = (id: number) => api.post<AccountRow>(`/accounts/${id}/unlock`);

export function useAccounts(p: AccountsParams) {
  return useQuery({ queryKey: accountKeys.list(p), queryFn: () => fetchAccounts(p), placeholderData: keepPreviousData });
}

/** Locked by failed sign-ins until a time still to come. */
export const isLocked = (a: AccountRow) => !!a.lockedUntil && new Date(a.lockedUntil).getTime() > Date.now();
