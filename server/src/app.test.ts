import { describe, expect, it } from 'vitest';
import { buildAccount } from './modules/accounts/accounts.factory';
import { buildTree } from './modules/orgs/orgs.factory';
import { testApp } from './test/harness';

describe('the platform', () => {
  it('answers health once the database is reachable', async () => {
    const { app, database } = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: database.kind });
  });

  it('serves the OpenAPI document generated from the shared schemas', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/orgs/{id}', '/api/auth/login', '/api/audit']));
    const create = doc.paths['/api/orgs'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['parentId', 'type', 'name']));
  });

  it('tells strangers nothing about unknown API routes, answers members with a JSON 404, and sets security headers', async () => {
    const { app, db } = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { cookie: 'xf_session=x' } });
    expect(res.statusCode).toBe(401);
    const tree = await buildTree(db);
    const { cookie } = await buildAccount(db, tree.branchA1, ['member']);
    const known = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { cookie } });
    expect(known.statusCode).toBe(404);
    expect(known.json().error).toBe('NOT_FOUND');
    const anon = await app.inject({ method: 'GET', url: '/api/health' });
    expect(anon.headers['x-content-type-options']).toBe('nosniff');
    expect(String(anon.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });
});
