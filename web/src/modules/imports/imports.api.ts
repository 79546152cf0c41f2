// Import uploads (/api/imports/{kind}) over XMLHttpRequest, which reports upload progress (fetch does not).
import type { ImportKind, ImportResult, ImportRowError } from '@xianfeng/shared/schemas/imports';
import { ApiError, withQuery } from '../../app/api';

interface UploadOptions {
  kind: ImportKind;
  underOrgId: number;
  dryRun: boolean;
  file: File;
  /** 0–100 while the file is sent. */
  onProgress: (percent: number) => void;
}

export function uploadImport({ kind, underOrgId, dryRun, file, onProgress }: UploadOptions): Promise<ImportResult> {
  return uploadXlsx<ImportResult>(withQuery(`/api/imports/${kind}`, { underOrgId, dryRun }), file, onProgress);
}

/** POSTs one .xlsx file as multipart form data (field "file") to `url`, reporting the upload's progress. */
export function uploadXlsx<T>(url: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', xhr.statusText || 'Network error'));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const d = (data ?? {}) as { error?: string; message?: string; details?: unknown; requestId?: string };
      reject(new ApiError(xhr.status, d.error ?? `HTTP_${xhr.status}`, d.message ?? xhr.statusText, d.details, d.requestId));
    };
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

/** The row errors of a rejected file (400 IMPORT_INVALID), or null for any other failure. */
export function rowErrorsOf(err: unknown): ImportRowError[] | null {
  if (!(err instanceof ApiError) || err.error !== 'IMPORT_INVALID' || !Array.isArray(err.details)) return null;
  return err.details as ImportRowError[];
}
