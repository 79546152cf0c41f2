import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { testApp, uniq } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { ORG_HEADERS, PEOPLE_HEADERS, type RowError, readXlsx, upload, xlsx } from './imports.testkit';

describe('imports API: organisation tree and templates', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let admin: string;
  let staffA: string;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
  });

  const countUnder = async (path: string) =>
    (await rowsOf<{ n: number }>(t.db, sql`select count(*)::int as n from orgs where path like ${path + '%'}`))[0]!.n;
  const orgByName = async (name: string) =>
    (
      await rowsOf<{
        id: number;
        parent_id: number;
        path: string;
        depth: number;
        type: string;
        code: string | null;
        established_on: string | null;
      }>(t.db, sql`select id, parent_id, path, depth, type, code, established_on from orgs where name = ${name}`)
    )[0]!;

  it('creates a good file in one go: paths from existing nodes, codes and earlier rows; history and one audit entry', async () => {
    const tag = uniq();
    const file = await xlsx(ORG_HEADERS, [
      [`丁公司党委${tag}`, '党委', tree.unitA.name, `DING-${tag}`, '丁公司', '2019-05-04', null],
      [`丁公司第一党支部${tag}`, '党支部', `DING-${tag}`, null, null, new Date(Date.UTC(2020, 6, 1)), '2026/6/30'],
      [`丁公司第一党小组${tag}`, '党小组', `丁公司第一党支部${tag}`, null, null, '2021.03', null],
      [`甲公司机关总支${tag}`, '党总支', tree.unitA.code, null, null, null, null],
    ]);
    const before = await countUnder(tree.unitA.path);
    const res = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}&dryRun=false`, staffA, file, {
      fileName: '组织架构.xlsx',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 4, updated: 0, rows: 4, dryRun: false });
    expect(await countUnder(tree.unitA.path)).toBe(before + 4);

    const unit = await orgByName(`丁公司党委${tag}`);
    const branch = await orgByName(`丁公司第一党支部${tag}`);
    const group = await orgByName(`丁公司第一党小组${tag}`);
    const general = await orgByName(`甲公司机关总支${tag}`);
    expect(unit).toMatchObject({
      parent_id: tree.unitA.id,
      path: `${tree.unitA.path}${unit.id}/`,
      depth: 2,
      type: 'committee',
      code: `DING-${tag}`,
      established_on: '2019-05-04',
    });
    expect(branch).toMatchObject({
      parent_id: unit.id,
      path: `${unit.path}${branch.id}/`,
      depth: 3,
      type: 'branch',
      established_on: '2020-07-01',
    });
    expect(group).toMatchObject({
      parent_id: branch.id,
      path: `${branch.path}${group.id}/`,
      depth: 4,
      type: 'party_group',
      established_on: '2021-03-01',
    });
    expect(general).toMatchObject({ parent_id: tree.unitA.id, type: 'general_branch' });

    const versions = await rowsOf<{ change: string; valid_from: string }>(
      t.db,
      sql`select change, valid_from from org_versions where org_id = ${branch.id}`,
    );
    expect(versions).toEqual([{ change: 'create', valid_from: '2020-07-01' }]);
    // The nodes are reachable through the orgs API like any other.
    const children = (
      await t.app.inject({ method: 'GET', url: `/api/orgs/${unit.id}/children`, headers: { cookie: staffA } })
    ).json();
    expect(children.items.map((c: { id: number }) => c.id)).toEqual([branch.id]);
    const audit = (
      await t.app.inject({
        method: 'GET',
        url: `/api/audit?orgId=${tree.unitA.id}&entityType=import`,
        headers: { cookie: staffA },
      })
    ).json();
    const entries = audit.items.filter((a: { action: string }) => a.action === 'import.orgs');
    expect(entries).toHaveLength(1);
    expect(entries[0].summary).toBe('组织架构.xlsx');
    expect(entries[0].after).toMatchObject({ fileName: '组织架构.xlsx', rows: 4, created: 4, updated: 0 });
  });

  it('rejects a file with 3 bad rows whole, listing each row, and writes nothing', async () => {
    const tag = uniq();
    const file = await xlsx(ORG_HEADERS, [
      [`好支部${tag}`, '党支部', tree.unitA.name, null, null, null, null],
      [`孤儿支部${tag}`, '党支部', `不存在的党委${tag}`, null, null, null, null],
      [`坏类型${tag}`, '党工委', tree.unitA.name, null, null, null, null],
      [null, '党支部', tree.unitA.name, null, null, null, null],
    ]);
    const before = await countUnder(tree.root.path);
    const res = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, file);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('IMPORT_INVALID');
    expect(body.message).toBe('文件中有 3 行存在错误，未导入任何数据。');
    expect(body.details).toEqual([
      { row: 3, column: '上级组织', field: 'parent', message: `找不到上级组织“不存在的党委${tag}”。` },
      { row: 4, column: '组织类型', field: 'type', message: '“组织类型”的值“党工委”无效。' },
      { row: 5, column: '组织名称', field: 'name', message: '“组织名称”不能为空。' },
    ]);
    expect(await countUnder(tree.root.path)).toBe(before);
  });

  it('checks tree rules: child types, order of parents, duplicates, names and codes taken', async () => {
    const tag = uniq();
    const file = await xlsx(ORG_HEADERS, [
      [`党委于支部下${tag}`, '党委', tree.branchA1.name, null, null, null, null],
      [`先子${tag}`, '党支部', `后父${tag}`, null, null, null, null],
      [`后父${tag}`, '党委', tree.unitA.name, `C-${tag}`, null, null, null],
      [`后父${tag}`, '党委', tree.unitA.name, `C-${tag}`, null, null, null],
      [tree.branchA2.name, '党支部', tree.unitA.name, tree.unitB.code, null, '2024-02-30', null],
    ]);
    const res = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, file);
    expect(res.statusCode).toBe(400);
    const details: RowError[] = res.json().details;
    expect(details.map((d) => [d.row, d.field, d.message])).toEqual([
      [2, 'type', '“党支部”下不能设立“党委”。'],
      [3, 'parent', `上级组织“后父${tag}”在第 4 行，须写在本行之前。`],
      [5, 'name', '与第 4 行重复。'],
      [5, 'code', '与第 4 行重复。'],
      [6, 'name', `上级组织下已有名为“${tree.branchA2.name}”的组织。`],
      [6, 'code', `组织编码“${tree.unitB.code}”已被使用。`],
      [6, 'establishedOn', '“成立日期”的值“2024-02-30”不是有效日期（可用 YYYY-MM-DD、YYYY/M/D 或 YYYY.MM）。'],
    ]);
  });

  it('dryRun counts without writing', async () => {
    const tag = uniq();
    const file = await xlsx(ORG_HEADERS, [[`试算支部${tag}`, '党支部', tree.unitA.name, null, null, null, null]]);
    const res = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}&dryRun=true`, staffA, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 0, rows: 1, dryRun: true });
    expect((await rowsOf(t.db, sql`select id from orgs where name = ${`试算支部${tag}`}`)).length).toBe(0);
  });

  it('a unit A caller cannot import under unit B (404), nor see unit B nodes as parents', async () => {
    const tag = uniq();
    const file = await xlsx(ORG_HEADERS, [[`越权支部${tag}`, '党支部', tree.unitB.name, null, null, null, null]]);
    const underB = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitB.id}`, staffA, file);
    expect(underB.statusCode).toBe(404);
    const viaParent = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, file);
    expect(viaParent.statusCode).toBe(400);
    expect(viaParent.json().details).toEqual([
      { row: 2, column: '上级组织', field: 'parent', message: `找不到上级组织“${tree.unitB.name}”。` },
    ]);
    const byCode = await upload(
      t.app,
      `/api/imports/orgs?underOrgId=${tree.unitA.id}`,
      staffA,
      await xlsx(ORG_HEADERS, [[`越权${tag}`, '党支部', tree.unitB.code, null, null, null, null]]),
    );
    expect(byCode.json().details[0].field).toBe('parent');
    // A secretary holds person.write but not org.write.
    const secretary = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
    const bySecretary = await upload(
      t.app,
      `/api/imports/orgs?underOrgId=${tree.branchA1.id}`,
      secretary,
      await xlsx(ORG_HEADERS, [[`小组${tag}`, '党小组', tree.branchA1.name, null, null, null, null]]),
    );
    expect(bySecretary.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/imports/orgs?underOrgId=${tree.unitA.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('accepts en-US headers and labels, and answers in English', async () => {
    const tag = uniq();
    const headers = [
      'Organisation name',
      'Organisation type',
      'Parent organisation',
      'Organisation code',
      'Unit name',
      'Established on',
      'Term ends on',
    ];
    const good = await xlsx(headers, [[`English branch ${tag}`, 'branch', tree.unitA.name, null, 'Unit A', '2022-01-15', null]]);
    const ok = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, good, { locale: 'en-US' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await orgByName(`English branch ${tag}`)).type).toBe('branch');
    const bad = await xlsx(headers, [[`Bad ${tag}`, 'club', tree.unitA.name, null, null, null, null]]);
    const refused = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, bad, { locale: 'en-US' });
    expect(refused.json().message).toBe('1 rows have errors; nothing was imported.');
    expect(refused.json().details).toEqual([
      { row: 2, column: 'Organisation type', field: 'type', message: '"club" is not a valid value for "Organisation type".' },
    ]);
  });

  it('rejects files that are not .xlsx, lack required columns or have no rows', async () => {
    const notXlsx = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, Buffer.from('name,type\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().message).toBe('无法读取该文件，请上传 .xlsx 格式的 Excel 文件。');
    const missing = await upload(
      t.app,
      `/api/imports/orgs?underOrgId=${tree.unitA.id}`,
      staffA,
      await xlsx(['组织名称', '单位名称'], [['x', 'y']]),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toBe('IMPORT_INVALID');
    expect(missing.json().details.map((d: RowError) => d.field)).toEqual(['type', 'parent']);
    const empty = await upload(
      t.app,
      `/api/imports/orgs?underOrgId=${tree.unitA.id}`,
      staffA,
      await xlsx(ORG_HEADERS, [[null, '', null]]),
    );
    expect(empty.json().message).toBe('文件中没有数据行。');
    const tooLarge = await upload(
      t.app,
      `/api/imports/orgs?underOrgId=${tree.unitA.id}`,
      staffA,
      Buffer.alloc(21 * 1024 * 1024, 1),
    );
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().message).toBe('文件过大（上限 20 MB）。');
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/imports/orgs?underOrgId=${tree.unitA.id}`,
      headers: { cookie: staffA },
      payload: {},
    });
    expect(noFile.statusCode).toBe(400);
  });

  it('serves both templates as valid .xlsx in the caller language, with lists and an instructions sheet', async () => {
    for (const [kind, headers] of [
      ['orgs', ORG_HEADERS],
      ['people', PEOPLE_HEADERS],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/imports/templates/${kind}.xlsx`, headers: { cookie: admin } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = await readXlsx(res.rawPayload);
      const sheet = wb.worksheets[0]!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      expect(wb.worksheets[1]!.name).toBe('说明');
      const typeColumn = kind === 'orgs' ? 'B' : 'H';
      expect(sheet.getCell(`${typeColumn}2`).dataValidation?.formulae?.[0]).toMatch(
        kind === 'orgs' ? /党委,党总支,党支部,党小组/ : /正式党员/,
      );
    }
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/imports/templates/orgs.xlsx',
      headers: { cookie: admin, 'accept-language': 'en-US' },
    });
    const wb = await readXlsx(en.rawPayload);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Organisation name*');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Organisations', 'Instructions']);
    expect((await t.app.inject({ method: 'GET', url: '/api/imports/templates/orgs.xlsx' })).statusCode).toBe(401);
  });

  it('a downloaded template, filled in, imports as it is', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/imports/templates/orgs.xlsx', headers: { cookie: admin } });
    const wb = await readXlsx(res.rawPayload);
    const sheet = wb.worksheets[0]!;
    const tag = uniq();
    sheet.getRow(2).values = [`模板支部${tag}`, '党支部', tree.unitA.name, null, null, '2023-07-01'];
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const ok = await upload(t.app, `/api/imports/orgs?underOrgId=${tree.unitA.id}`, staffA, file);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().created).toBe(1);
  });
});
