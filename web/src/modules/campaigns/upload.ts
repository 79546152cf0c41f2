// A multipart POST with upload progress (fetch cannot report it): resolves with the JSON answer, or
// rejects with an ApiError carrying the server's message.
import { ApiError } from '../../app/api';

export function uploadForm<T>(url: string, form: FormData, language: string, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Network error'));
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
    xhr.send(form);
  });
}
