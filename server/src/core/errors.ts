import type { MessageKey } from '@xianfeng/shared/i18n';

/** A failure the user can act on: a stable code, an HTTP status and a message key in the catalogues. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(messageKey);
  }
}

export const notFound = (messageKey: MessageKey = 'error.notFound', params?: Record<string, string | number>) =>
  new DomainError(404, 'NOT_FOUND', messageKey, params);
export const forbidden = (messageKey: MessageKey = 'error.forbidden') => new DomainError(403, 'FORBIDDEN', messageKey);
export const unauthenticated = (messageKey: MessageKey = 'error.unauthenticated') =>
  new DomainError(401, 'UNAUTHENTICATED', messageKey);
export const conflict = (messageKey: MessageKey = 'error.conflict', params?: Record<string, string | number>) =>
  new DomainError(409, 'CONFLICT', messageKey, params);
export const invalid = (messageKey: MessageKey, params?: Record<string, string | number>, details?: unknown) =>
  new DomainError(400, 'INVALID', messageKey, params, details);
