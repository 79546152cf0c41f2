import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, uniq } from '../../test/harness';
import { peopleQuery } from '@xianfeng/shared/schemas/people';
import { loadActor } from '../accounts';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson, buildPosition } from './people.factory';
import { listPeople } from './roster.service';

type Row = { id: number; name: string; orgName: string; positions: { title: string }[] };

describe('roster API (GET /api/people, export)', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let admin: string;
  let secretaryA1: string;
  const ids: Record<string, number> = {};
  const employeeNo = `GH-${uniq()}`;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'], { grantAt: tree.root })).cookie;
    // Each account brings its own person: the admin's sits at the root, the secretary's in branch A1.
    const sec = await buildAccount(t.db, tree.branchA1, ['secretary']);
    secretaryA1 = sec.cookie;
    ids.secretary = sec.personId;
    const add = async (key: string, org: (typeof tree)[keyof TestTree], o: Parameters<typeof buildPerson>[2]) => {
      ids[key] = (await buildPerson(t.db, org, o)).id;
    };
    await add('zsf', tree.branchA1, { name: '张三丰', gender: 'male', birthDate: '1960-04-09', joinedOn: '1985-07-01' });
    await add('zs', tree.groupA1, {
      name: '张三',
      gender: 'male',
      birthDate: '1990-01-01',
      joinedOn: '2012-07-01',
      partyStatus: 'probationary_member',
    });
    await add('ls', tree.branchA2, { name: '李四', gender: 'female', birthDate: null, joinedOn: '2001-07-01', employeeNo });
    await add('lb', tree.branchA2, {
      name: '吕布',
      gender: 'male',
      birthDate: '1975-05-05',
      joinedOn: null,
      partyStatus: 'activist',
    });
    await add('ww', tree.branchB1, { name: '王五', gender: 'female', birthDate: '1980-03-03', joinedOn: '1999-07-01' });
    await buildPosition(t.db, ids.zsf!, tree.branchA1.id, 'secretary');
    await buildPosition(t.db, ids.zsf!, tree.unitA.id, 'committee_member');
    await buildPosition(t.db, ids.zsf!, tree.root.id, 'discipline_member', '2010-01-01', '2015-01-01');
  });

  const get = (cookie: string, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
  const names = async (cookie: string, query: string) => {
    const res = await get(cookie, `/api/people?orgId=${tree.unitA.id}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Row[]).map((r) => r.name);
  };

  it('finds people by name, pinyin initials, full pinyin and employee number', async () => {
    expect(await names(admin, 'q=zsf')).toEqual(['张三丰']);
    expect(await names(admin, 'q=ZSF')).toEqual(['张三丰']);
    expect(await names(admin, 'q=zs')).toEqual(['张三', '张三丰']);
    expect(await names(admin, 'q=zhangsan')).toEqual(['张三', '张三丰']);
    expect(await names(admin, 'q=zhangsanf')).toEqual(['张三丰']);
    expect(await names(admin, 'q=zhang%20san')).toEqual(['张三', '张三丰']);
    expect(await names(admin, `q=${encodeURIComponent('三丰')}`)).toEqual(['张三丰']);
    expect(await names(admin, `q=${employeeNo}`)).toEqual(['李四']);
    expect(await names(admin, 'q=lv')).toEqual(['吕布']);
    expect(await names(admin, 'q=nobody')).toEqual([]);
  });

  it('filters by subtree, party status (one or several) and gender', async () => {
    const atA1 = (await get(admin, `/api/people?orgId=${tree.branchA1.id}`)).json().items.map((r: Row) => r.name);
    expect(atA1).toContain('张三'); // held in the party group under the branch
    expect(atA1).not.toContain('李四');
    expect(await names(admin, 'partyStatus=activist')).toEqual(['吕布']);
    expect(await names(admin, 'partyStatus=activist&partyStatus=probationary_member')).toEqual(['吕布', '张三']);
    expect(await names(admin, 'partyStatus=activist,probationary_member')).toEqual(['吕布', '张三']);
    expect(await names(admin, 'gender=female')).toEqual(['李四']);
    const bad = await get(admin, '/api/people?partyStatus=chairman&gender=x&pageSize=500');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['gender', 'pageSize', 'partyStatus.0']);
  });

  it('paginates and sorts by pinyin, dates (empty last) and organisation', async () => {
    const page1 = (await get(admin, `/api/people?orgId=${tree.unitA.id}&pageSize=2&sort=joinedOn`)).json();
    const page3 = (await get(admin, `/api/people?orgId=${tree.unitA.id}&pageSize=2&page=3&sort=joinedOn`)).json();
    // Unit A holds the four people above and the secretary (joined 2015-07-01 by the factory).
    expect(page1.total).toBe(5);
    expect(page1.totalCapped).toBe(false);
    expect(page1.items.map((r: Row) => r.name)).toEqual(['张三丰', '李四']);
    expect(page3.items.map((r: Row) => r.name)).toEqual(['吕布']);
    const desc = await names(admin, 'sort=joinedOn&order=desc');
    expect(desc[1]).toBe('张三'); // after the secretary, who joined in 2015
    expect(desc.at(-1)).toBe('吕布');
    expect(
      (await names(admin, 'sort=birthDate&partyStatus=full_member,probationary_member,activist')).filter(
        (n) => n !== '李四' && !n.startsWith('王'),
      ),
    ).toEqual(['张三丰', '吕布', '张三']);
    expect(await names(admin, 'sort=name&q=l')).toEqual(['李四', '吕布']);
    const byOrg = (await get(admin, `/api/people?orgId=${tree.unitA.id}&sort=orgName&order=desc`)).json().items as Row[];
    expect(byOrg.map((r) => r.orgName)).toEqual([...byOrg.map((r) => r.orgName)].sort().reverse());
  });

  it('caps the count for the pager and says so', async () => {
    const account = await buildAccount(t.db, tree.root, ['admin'], { grantAt: tree.root });
    const { actor } = await loadActor(t.db, account.account.id, 'Asia/Shanghai');
    const ctx = { db: t.db, actor, requestId: 'test', timeZone: 'Asia/Shanghai' };
    const query = peopleQuery.parse({ orgId: tree.unitA.id, pageSize: 2 }); // unit A holds 5 people
    const at = async (cap: number) => {
      const { total, totalCapped, items } = await listPeople(ctx, query, cap);
      return { total, totalCapped, shown: items.length };
    };
    expect(await at(3)).toEqual({ total: 3, totalCapped: true, shown: 2 });
    expect(await at(4)).toEqual({ total: 4, totalCapped: true, shown: 2 });
    expect(await at(5)).toEqual({ total: 5, totalCapped: false, shown: 2 });
    expect(await at(10_000)).toEqual({ total: 5, totalCapped: false, shown: 2 });
  });

  it('shows each person with their current positions only', async () => {
    const [row] = (await get(admin, `/api/people?orgId=${tree.unitA.id}&q=zsf`)).json().items as Row[];
    expect(row!.positions.map((p) => p.title)).toEqual(['committee_member', 'secretary']);
  });

  it('shows a member-only caller nobody but themself', async () => {
    const own = await buildTree(t.db);
    const neighbour = await buildPerson(t.db, own.branchA1);
    const member = await buildAccount(t.db, own.branchA1, ['member']);
    const page = (await get(member.cookie, '/api/people')).json();
    expect(page.items.map((r: Row) => r.id)).toEqual([member.personId]);
    expect(page.total).toBe(1);
    expect((await get(member.cookie, `/api/people/${member.personId}`)).statusCode).toBe(200);
    expect((await get(member.cookie, `/api/people/${neighbour.id}`)).statusCode).toBe(404);
    expect((await get(member.cookie, `/api/people?orgId=${own.branchA1.id}`)).statusCode).toBe(404);
    expect((await get(member.cookie, '/api/people/export.xlsx')).statusCode).toBe(200);
  });

  it('keeps a branch secretary inside their branch: other branches are excluded or 404', async () => {
    const all = (await get(secretaryA1, '/api/people?pageSize=200')).json();
    const seen = all.items.map((r: Row) => r.id);
    expect(seen).toEqual(expect.arrayContaining([ids.zsf, ids.zs, ids.secretary]));
    for (const other of [ids.ls, ids.lb, ids.ww]) expect(seen).not.toContain(other);
    expect((await get(secretaryA1, `/api/people?orgId=${tree.branchB1.id}`)).statusCode).toBe(404);
    expect((await get(secretaryA1, `/api/people?orgId=${tree.unitA.id}`)).statusCode).toBe(404);
    expect((await get(secretaryA1, `/api/people/${ids.ww}`)).statusCode).toBe(404);
    expect((await get(secretaryA1, `/api/people?q=${employeeNo}`)).json().total).toBe(0);
    expect((await get(secretaryA1, `/api/people/export.xlsx?orgId=${tree.branchB1.id}`)).statusCode).toBe(404);
  });

  const readBook = async (body: Buffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { sheet, rows };
  };

  it('exports the filtered roster as .xlsx with Chinese headers and labels', async () => {
    const res = await get(admin, `/api/people/export.xlsx?orgId=${tree.unitA.id}&sort=joinedOn`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('花名册.xlsx'));
    const { sheet, rows } = await readBook(res.rawPayload);
    expect(sheet.name).toBe('花名册');
    expect(rows[0]).toEqual(['姓名', '性别', '出生日期', '政治面貌', '入党时间', '所在党组织', '工号', '手机号', '职务']);
    expect(rows).toHaveLength(6);
    const [name, gender, birth, status, joined, orgName, , , positions] = rows[1]!;
    expect([name, gender, status, orgName]).toEqual(['张三丰', '男', '正式党员', tree.branchA1.name]);
    expect((birth as Date).toISOString().slice(0, 10)).toBe('1960-04-09');
    expect((joined as Date).toISOString().slice(0, 10)).toBe('1985-07-01');
    expect(positions).toBe(`${tree.unitA.name}委员、书记`);
    expect(rows.find((r) => r[0] === '吕布')![3]).toBe('入党积极分子');
    expect(rows.find((r) => r[0] === '李四')![6]).toBe(employeeNo);
  });

  it('exports in English for an en-US caller, and only what the caller may read', async () => {
    const res = await get(secretaryA1, '/api/people/export.xlsx?partyStatus=probationary_member', { 'accept-language': 'en-US' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('roster.xlsx');
    const { rows } = await readBook(res.rawPayload);
    expect(rows[0]![0]).toBe('Name');
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual([['张三', 'probationary member']]);
  });
});
