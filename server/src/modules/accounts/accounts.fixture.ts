import { beforeAll, expect } from 'vitest';
import { testApp } from '../../test/harness';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { buildAccount } from './accounts.factory';

/** An account row as the API answers it. */
export interface Row {
  id: number;
  username: string;
  orgId: number | null;
  orgName: string | null;
  grants: { id: number; orgId: number; orgName: string; role: string }[];
  disabled: boolean;
  mustChangePassword: boolean;
  manageable: boolean;
  version: number;
}

type Built = Awaited<ReturnType<typeof buildAccount>>;

/** Test fixture of the accounts API tests: a tree with admins at the root and at each unit, staff and members. */
export function accountsFixture() {
  const f = {} as {
    t: Awaited<ReturnType<typeof testApp>>;
    tree: TestTree;
    groupAdmin: Built;
    adminA: Built;
    adminB: Built;
    memberB: Built;
    memberA1: Built;
    staffA: string;
    secretaryA1: string;
  };
  beforeAll(async () => {
    f.t = await testApp();
    const db = f.t.db;
    f.tree = await buildTree(db);
    f.groupAdmin = await buildAccount(db, f.tree.root, ['admin']);
    f.adminA = await buildAccount(db, f.tree.unitA, ['admin']);
    f.adminB = await buildAccount(db, f.tree.unitB, ['admin']);
    f.memberB = await buildAccount(db, f.tree.branchB1, ['member']);
    f.staffA = (await buildAccount(db, f.tree.unitA, ['org_staff'])).cookie;
    f.secretaryA1 = (await buildAccount(db, f.tree.branchA1, ['secretary'])).cookie;
    f.memberA1 = await buildAccount(db, f.tree.branchA1, ['member']);
  });

  const get = (cookie: string, url: string) => f.t.app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (cookie: string, method: 'POST' | 'DELETE', url: string, payload?: object) =>
    f.t.app.inject({ method, url, payload, headers: { cookie } });
  const list = async (cookie: string, query = '') => {
    const res = await get(cookie, `/api/accounts?pageSize=200${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Row[]; total: number };
  };
  const login = (username: string, password: string) =>
    f.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  /** POST /api/accounts for a new person of `org`. */
  const create = async (cookie: string, org: TestTree['branchA1'], roles: object[] = [], password?: string) => {
    const person = await buildPerson(f.t.db, org);
    const username = `new${person.id}`;
    return {
      person,
      username,
      res: await send(cookie, 'POST', '/api/accounts', { personId: person.id, username, password, roles }),
    };
  };
  return { f, get, send, list, login, create };
}
