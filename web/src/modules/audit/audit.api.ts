// The audit log API (/api/audit) and the labels of its actions and records.
import { catalogues, type MessageKey } from '@xianfeng/shared/i18n';
import type { AuditEntry, AuditQuery } from '@xianfeng/shared/schemas/audit';
import type { Page } from '@xianfeng/shared/schemas/common';
import { api } from '../../app/api';
import type { Translate } from '../../app/i18n';

export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export const auditKeys = {
  list: (filters: AuditFilters, page: number, pageSize: number) => ['audit', filters, page, pageSize] as const,
};

export const fetchAudit = (filters: AuditFilters, page: number, pageSize: number) =>
  api.get<Page<AuditEntry>>('/audit', { ...filters, page, pageSize });

const isKey = (k: string): k is MessageKey => k in catalogues['zh-CN'];

/** A label from the catalogues when there is one, else the code itself. */
export const labelOr = (t: Translate, key: string, fallback: string) => (isKey(key) ? t(key) : fallback);

/** Actions with a label in the catalogues, for the filter. */
export const KNOWN_ACTIONS = Object.keys(catalogues['zh-CN'])
  .filter((k) => k.startsWith('audit.action.'))
  .map((k) => k.slice('audit.action.'.length));

export const actionLabel = (t: Translate, action: string) => labelOr(t, `audit.action.${action}`, action);
export const entityLabel = (t: Translate, entityType: string) => labelOr(t, `audit.entity.${entityType}`, entityType);
