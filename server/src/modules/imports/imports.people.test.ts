import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { testApp, uniq } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { PEOPLE_HEADERS, type Row, type RowError, upload, xlsx } from './imports.testkit';

describe('imports API: roster', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let staffA: string;
  let secretaryA1: string;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    secretaryA1 = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
  });

  // 姓名, 性别, 出生日期, 民族, 学历, 手机号, 工号, 政治面貌, 入党时间, 转正时间, 所在党组织, 加入本组织日期
  const person = (
    name: string,
    employeeNo: string | null,
    org: string,
    more: Partial<Record<'status' | 'joined' | 'full' | 'birth' | 'phone', string | number | Date>> = {},
  ): Row => [
    name,
    '女',
    more.birth ?? '1990-05-06',
    '汉族',
    '大学本科',
    more.phone ?? 13800001111,
    employeeNo,
    more.status ?? '正式党员',
    more.joined ?? '2012-06-01',
    more.full ?? '2013-06-01',
    org,
    '2021-01-01',
  ];
  const peopleIn = async (orgId: number) =>
    rowsOf<{
      id: number;
      name: string;
      name_initials: string;
      phone: string;
      party_status: string;
      org_path: string;
      employee_no: string;
    }>(
      t.db,
      sql`select p.id, p.name, p.name_initials, p.phone, p.party_status, p.org_path, p.employee_no from people p where p.org_id = ${orgId} order by p.id`,
    );
  const url = (orgId: number, dryRun = false) => `/api/imports/people?underOrgId=${orgId}&dryRun=${dryRun}`;

  it('imports a good file: people, memberships and dated status history, found by pinyin initials', async () => {
    const tag = uniq();
    const fresh = await buildTree(t.db);
    const staff = (await buildAccount(t.db, fresh.unitA, ['org_staff'])).cookie;
    const before = (await peopleIn(fresh.branchA2.id)).length;
    const file = await xlsx(PEOPLE_HEADERS, [
      person('欧阳明月', `A${tag}1`, fresh.branchA2.name),
      person('张三丰', `A${tag}2`, fresh.branchA2.code!, { status: '预备党员', joined: '2024/7/1', full: '' }),
      person('李积极', null, fresh.groupA1.name, { status: '入党积极分子', joined: '', full: '' }),
      person('赵群众', null, fresh.unitA.name, { status: '群众', joined: '', full: '' }),
    ]);
    const res = await upload(t.app, url(fresh.unitA.id), staff, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 4, updated: 0, rows: 4, dryRun: false });

    const added = (await peopleIn(fresh.branchA2.id)).slice(before);
    expect(added.map((p) => [p.name, p.name_initials, p.party_status, p.phone])).toEqual([
      ['欧阳明月', 'oymy', 'full_member', '13800001111'],
      ['张三丰', 'zsf', 'probationary_member', '13800001111'],
    ]);
    expect(added[0]!.org_path).toBe(fresh.branchA2.path);
    const history = await rowsOf<{ status: string; effective_on: string }>(
      t.db,
      sql`select status, effective_on from party_status_changes where person_id = ${added[0]!.id} order by effective_on`,
    );
    expect(history).toEqual([
      { status: 'probationary_member', effective_on: '2012-06-01' },
      { status: 'full_member', effective_on: '2013-06-01' },
    ]);
    const membership = await rowsOf<{ org_id: number; start_on: string; end_on: string | null }>(
      t.db,
      sql`select org_id, start_on, end_on from memberships where person_id = ${added[1]!.id}`,
    );
    expect(membership).toEqual([{ org_id: fresh.branchA2.id, start_on: '2021-01-01', end_on: null }]);
    expect((await peopleIn(fresh.groupA1.id)).map((p) => p.name)).toContain('李积极');
    expect((await peopleIn(fresh.unitA.id)).map((p) => p.name)).toContain('赵群众');

    // Searchable in the roster like anyone else, by pinyin initials.
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/people?orgId=${fresh.unitA.id}&q=zsf`,
      headers: { cookie: staff },
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items.map((p: { name: string }) => p.name)).toEqual(['张三丰']);
  });

  it('reports a bad date, an unknown organisation and other row problems, writing nothing', async () => {
    const tag = uniq();
    const before = (await peopleIn(tree.branchA1.id)).length;
    const file = await xlsx(PEOPLE_HEADERS, [
      person('好人', `B${tag}1`, tree.branchA1.name),
      person('坏日期', `B${tag}2`, tree.branchA1.name, { birth: '1990-13-01' }),
      person('无组织', `B${tag}3`, `不存在支部${tag}`),
      person('重工号', `B${tag}1`, tree.branchA1.name),
      person('委员会', `B${tag}4`, tree.unitA.name),
      person('早转正', `B${tag}5`, tree.branchA1.name, { joined: '2015-01-01', full: '2014-01-01' }),
      person('积极分子', `B${tag}6`, tree.branchA1.name, { status: '入党积极分子' }),
    ]);
    const res = await upload(t.app, url(tree.unitA.id), staffA, file);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('文件中有 6 行存在错误，未导入任何数据。');
    const details: RowError[] = res.json().details;
    expect(details.map((d) => [d.row, d.column])).toEqual([
      [3, '出生日期'],
      [4, '所在党组织'],
      [5, '工号'],
      [6, '所在党组织'],
      [7, '转正时间'],
      [8, '入党时间'],
    ]);
    expect(details[0]!.message).toBe('“出生日期”的值“1990-13-01”不是有效日期（可用 YYYY-MM-DD、YYYY/M/D 或 YYYY.MM）。');
    expect(details[1]!.message).toBe(`找不到所属党组织“不存在支部${tag}”。`);
    expect(details[2]!.message).toBe('与第 2 行重复。');
    expect(details[4]!.message).toBe('转正时间不能早于入党时间。');
    expect((await peopleIn(tree.branchA1.id)).length).toBe(before);
  });

  it('re-import updates people by 工号 (basic fields and status, not membership)', async () => {
    const tag = uniq();
    const first = await xlsx(PEOPLE_HEADERS, [
      person('王小明', `C${tag}1`, tree.branchA1.name, { status: '预备党员', full: '' }),
      person('孙丽', `C${tag}2`, tree.branchA1.name),
    ]);
    expect((await upload(t.app, url(tree.unitA.id), staffA, first)).json()).toMatchObject({ created: 2, updated: 0 });
    const [ming] = await rowsOf<{ id: number; version: number }>(
      t.db,
      sql`select id, version from people where employee_no = ${`C${tag}1`}`,
    );

    const second = await xlsx(PEOPLE_HEADERS, [
      person('王晓明', `C${tag}1`, tree.branchA2.name, { phone: '13900002222', full: '2013-06-01' }),
      person('新人', `C${tag}3`, tree.branchA2.name),
    ]);
    const dry = await upload(t.app, url(tree.unitA.id, true), staffA, second);
    expect(dry.json()).toEqual({ created: 1, updated: 1, rows: 2, dryRun: true });
    const res = await upload(t.app, url(tree.unitA.id), staffA, second);
    expect(res.json()).toEqual({ created: 1, updated: 1, rows: 2, dryRun: false });

    const [after] = await rowsOf<{
      name: string;
      name_initials: string;
      phone: string;
      party_status: string;
      org_id: number;
      version: number;
    }>(t.db, sql`select name, name_initials, phone, party_status, org_id, version from people where id = ${ming!.id}`);
    expect(after).toEqual({
      name: '王晓明',
      name_initials: 'wxm',
      phone: '13900002222',
      party_status: 'full_member',
      org_id: tree.branchA1.id,
      version: ming!.version + 1,
    });
    const history = await rowsOf<{ status: string; effective_on: string }>(
      t.db,
      sql`select status, effective_on from party_status_changes where person_id = ${ming!.id} order by effective_on`,
    );
    expect(history).toEqual([
      { status: 'probationary_member', effective_on: '2012-06-01' },
      { status: 'full_member', effective_on: '2013-06-01' },
    ]);
    const memberships = await rowsOf(t.db, sql`select id from memberships where person_id = ${ming!.id}`);
    expect(memberships).toHaveLength(1);
  });

  it('keeps scope: 404 under another unit, unseen branches, a 工号 held elsewhere', async () => {
    const tag = uniq();
    const outsider = await buildPerson(t.db, tree.branchB1, { employeeNo: `D${tag}9` });
    const file = await xlsx(PEOPLE_HEADERS, [person('越权', `D${tag}1`, tree.branchB1.name)]);
    expect((await upload(t.app, url(tree.unitB.id), staffA, file)).statusCode).toBe(404);
    const unseen = await upload(t.app, url(tree.unitA.id), staffA, file);
    expect(unseen.json().details).toEqual([
      { row: 2, column: '所在党组织', field: 'org', message: `找不到所属党组织“${tree.branchB1.name}”。` },
    ]);
    const taken = await upload(
      t.app,
      url(tree.unitA.id),
      staffA,
      await xlsx(PEOPLE_HEADERS, [person('冒名', outsider.employeeNo!, tree.branchA1.name)]),
    );
    expect(taken.json().details.map((d: RowError) => d.field)).toEqual(['employeeNo']);
    const [untouched] = await rowsOf<{ name: string }>(t.db, sql`select name from people where id = ${outsider.id}`);
    expect(untouched!.name).toBe(outsider.name);
  });

  it('a branch secretary imports into the own branch only', async () => {
    const tag = uniq();
    const own = await upload(
      t.app,
      url(tree.branchA1.id),
      secretaryA1,
      await xlsx(PEOPLE_HEADERS, [person('支部新人', `E${tag}1`, tree.branchA1.name)]),
    );
    expect(own.statusCode, own.body).toBe(200);
    const sibling = await upload(
      t.app,
      url(tree.branchA2.id),
      secretaryA1,
      await xlsx(PEOPLE_HEADERS, [person('隔壁', `E${tag}2`, tree.branchA2.name)]),
    );
    expect(sibling.statusCode).toBe(404);
    // Under the own branch, the sibling branch is not a known organisation.
    const crossing = await upload(
      t.app,
      url(tree.branchA1.id),
      secretaryA1,
      await xlsx(PEOPLE_HEADERS, [person('隔壁', `E${tag}3`, tree.branchA2.name)]),
    );
    expect(crossing.json().details[0].field).toBe('org');
  });

  it('imports 10,000 rows in one transaction within seconds', async () => {
    const fresh = await buildTree(t.db);
    const staff = (await buildAccount(t.db, fresh.root, ['org_staff'])).cookie;
    const tag = uniq();
    const surnames = '王李张刘陈杨黄赵吴周';
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      person(`${surnames[i % 10]}${'伟芳娜敏静'[i % 5]}${i}`, `F${tag}${i}`, i % 2 ? fresh.branchA1.name : fresh.branchB1.name, {
        birth: new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28))),
      }),
    );
    const file = await xlsx(PEOPLE_HEADERS, rows);
    const started = performance.now();
    const res = await upload(t.app, url(fresh.root.id), staff, file);
    const seconds = (performance.now() - started) / 1000;
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.json()).toEqual({ created: 10_000, updated: 0, rows: 10_000, dryRun: false });
    const [count] = await rowsOf<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from people where org_path like ${fresh.root.path + '%'} and employee_no like ${`F${tag}%`}`,
    );
    expect(count!.n).toBe(10_000);
    console.info(`10,000-row roster import: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(45); // generous: shared CI machines; ~6–11 s measured on PGlite
  });
});
