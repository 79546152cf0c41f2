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
/** Without a message key: the optimistic-concurrency check (someone saved first), code VERSION_CONFLICT so
 * clients offer a reload; with one (a code taken, a duplicate): CONFLICT, an error about the input. */
export const conflict = (messageKey?: MessageKey, params?: Record<string, string | number>) =>
  messageKey === undefined
    ? new DomainError(409, 'VERSION_CONFLICT', 'error.conflict', params)
    : new DomainError(409, 'CONFLICT', messageKey, params);
export const invalid = (messageKey: MessageKey, params?: Record<string, string | number>, details?: unknown) =>
  new DomainError(400, 'INVALID', messageKey, params, details);
