// The API client: JSON over fetch with the session cookie; failures become an ApiError.

export interface FieldIssue {
  field: string;
  message: string;
}

/** A failed request, carrying the server's {error, message, details, requestId}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Validation issues as [{field, message}], when the server sent them. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue => typeof d === 'object' && d !== null && typeof (d as FieldIssue).field === 'string',
    );
  }
}

/** Someone saved the record first (the server's optimistic-concurrency check): offer a reload. */
export const isVersionConflict = (err: unknown): err is ApiError => err instanceof ApiError && err.error === 'VERSION_CONFLICT';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

let onUnauthenticated: (err: ApiError) => void = () => {};
let language = 'zh-CN';

/** The UI's language, sent so that server messages match it even before the locale cookie exists. */
export function setApiLanguage(locale: string) {
  language = locale;
}

/** What to do when a session ends mid-use (the auth context sends the user to /login). */
export function setUnauthenticatedHandler(handler: (err: ApiError) => void) {
  onUnauthenticated = handler;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(withQuery(`/api${path}`, query), {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const d = (data ?? {}) as { error?: string; message?: string; details?: unknown; requestId?: string };
    const err = new ApiError(res.status, d.error ?? `HTTP_${res.status}`, d.message ?? res.statusText, d.details, d.requestId);
    // The login form and the session probe handle their own 401.
    if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthenticated(err);
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
