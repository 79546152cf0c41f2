// Downloads a file from the API with the session cookie; a refusal becomes an ApiError, not a saved JSON file.
import { ApiError, withQuery, type Query } from '../../app/api';

/** The file name from Content-Disposition (RFC 5987 `filename*` first), or the fallback. */
function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

export async function downloadFile(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
  const res = await fetch(withQuery(`/api${path}`, query), { credentials: 'same-origin' });
  if (!res.ok) {
    const d = (await res.json().catch(() => ({}))) as { error?: string; message?: string; details?: unknown; requestId?: string };
    throw new ApiError(res.status, d.error ?? `HTTP_${res.status}`, d.message ?? res.statusText, d.details, d.requestId);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
