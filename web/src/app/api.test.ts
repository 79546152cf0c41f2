import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setApiLanguage, setUnauthenticatedHandler, withQuery } from './api';

const respond = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('api client', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const onUnauthenticated = vi.fn();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setUnauthenticatedHandler(onUnauthenticated);
    setApiLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    onUnauthenticated.mockReset();
  });

  it('builds query strings without empty values', () => {
    expect(withQuery('/x', { a: 1, b: '', c: undefined, d: null, e: false, q: '党 支部' })).toBe('/x?a=1&e=false&q=%E5%85%9A+%E6%94%AF%E9%83%A8');
    expect(withQuery('/x', { b: '' })).toBe('/x');
  });

  it('sends JSON with the session cookie and the UI language', async () => {
    fetchMock.mockResolvedValue(respond(200, { ok: true }));
    setApiLanguage('en-US');
    await expect(api.post('/orgs', { name: 'A' })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/orgs');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"name":"A"}' });
    expect(init!.headers).toMatchObject({ 'Content-Type': 'application/json', 'Accept-Language': 'en-US' });
  });

  it('turns an error body into an ApiError with its field issues', async () => {
    const details = [{ field: 'name', message: '请填写' }, { field: 'code', message: '太长' }, 'noise'];
    fetchMock.mockResolvedValue(respond(400, { error: 'VALIDATION', message: '提交的内容有误', details, requestId: 'r1' }));
    const err = await api.patch('/orgs/1', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, error: 'VALIDATION', message: '提交的内容有误', requestId: 'r1' });
    expect((err as ApiError).fieldIssues).toEqual([details[0], details[1]]);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('reports an ended session, but not a failed login or the session probe', async () => {
    fetchMock.mockImplementation(async () => respond(401, { error: 'UNAUTHENTICATED', message: '请先登录。', requestId: 'r2' }));
    await expect(api.get('/orgs/roots')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(api.post('/auth/login', { username: 'a', password: 'b' })).rejects.toMatchObject({ status: 401 });
    await expect(api.get('/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('survives a body that is not JSON and a network failure', async () => {
    fetchMock.mockResolvedValueOnce(new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/x')).rejects.toMatchObject({ status: 502, error: 'HTTP_502' });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(api.get('/x')).rejects.toMatchObject({ status: 0, error: 'NETWORK', message: 'Failed to fetch' });
  });
});
