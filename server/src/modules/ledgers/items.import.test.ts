import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { uniq } from '../../test/harness';
import { type RowError, readXlsx, type Row, upload, xlsx } from '../imports/imports.testkit';
import { buildPerson } from '../people/people.factory';
import { ledgersKit, type LedgersKit } from './ledgers.testkit';

const PM_HEADERS = ['编号', '事项名称', '分类', '责任单位', '责任人', '完成时限', '登记日期', '立行立改', '描述', '受益群众', '来源', '阶段'];

interface ItemRow {
  id: number;
  external_no: string | null;
  title: string;
  category: string | null;
  responsible_org_id: number;
  responsible_person_id: number | null;
  deadline: string | null;
  registered_on: string;
  status: string;
  progress: number;
  closed_on: string | null;
  fixed_at_once: boolean;
  fields: Record<string, unknown>;
  version: number;
}

describe('ledger items from .xlsx (清单导入): template, all-or-nothing import, re-import by 编号', () => {
  let k: LedgersKit;
  const itemsOf = (ledgerId: number) =>
    rowsOf<ItemRow>(
      k.db,
      sql`select id, external_no, title, category, responsible_org_id, responsible_person_id, deadline::text, registered_on::text,
            status, progress, closed_on::text, fixed_at_once, fields, version
          from ledger_items where ledger_id = ${ledgerId} order by external_no`,
    );
  const practicalList = async (categories = ['就业', '医疗', '住房']) =>
    (
      await k.inject(k.staffA, 'POST', '/api/ledgers', {
        ownerOrgId: k.tree.unitA.id,
        kind: 'practical_matter',
        title: `我为群众办实事清单${uniq()}`,
        categories,
      })
    ).json() as { id: number };
  const importFile = (ledgerId: number, file: Buffer, opts: { dryRun?: boolean; cookie?: string; locale?: string } = {}) =>
    upload(k.app, `/api/ledgers/${ledgerId}/import?dryRun=${opts.dryRun ?? false}`, opts.cookie ?? k.staffA, file, {
      fileName: '办实事清单.xlsx',
      locale: opts.locale,
    });

  beforeAll(async () => {
    k = await ledgersKit();
  });

  it('serves a template with the kind’s columns, the list’s categories as a drop-down, notes and a 说明 sheet', async () => {
    const list = await practicalList();
    const res = await k.inject(k.staffA, 'GET', `/api/ledgers/${list.id}/import-template`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readXlsx(res.rawPayload);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '编号',
      '事项名称*',
      '分类',
      '责任单位*',
      '责任人',
      '完成时限',
      '登记日期',
      '立行立改',
      '描述',
      '受益群众',
      '来源*',
      '阶段',
    ]);
    expect(ws.getCell('D1').note).toBeTruthy();
    // 分类 (column C) reads the options sheet, which holds the list's categories.
    const validation = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
      .model;
    const category = Object.entries(validation).find(([range]) => range.startsWith('C2'))?.[1];
    expect(category?.type).toBe('list');
    const options = wb.getWorksheet('可选值')!;
    const optionColumn = /!\$([A-Z]+)\$2/.exec(category!.formulae[0] as string)![1]!;
    expect([2, 3, 4].map((r) => options.getCell(`${optionColumn}${r}`).value)).toEqual(['就业', '医疗', '住房']);
    const sources = Object.entries(validation).find(([range]) => range.startsWith('K2'))?.[1];
    const sourceColumn = /!\$([A-Z]+)\$2/.exec(sources!.formulae[0] as string)![1]!;
    expect([2, 3, 4, 5].map((r) => options.getCell(`${sourceColumn}${r}`).value)).toEqual([
      '走下去听',
      '请上来讲',
      '坐下来议',
      '职工群众反映',
    ]);
    expect(wb.getWorksheet('说明')).toBeDefined();
    expect(ws.getRow(2).getCell(11).value).toBe('走下去听'); // the example row, by label

    const en = await k.app.inject({
      method: 'GET',
      url: `/api/ledgers/${list.id}/import-template`,
      headers: { cookie: k.staffA, 'accept-language': 'en-US' },
    });
    const enSheet = (await readXlsx(en.rawPayload)).worksheets[0]!;
    expect((enSheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['No.', 'Item*', 'Category', 'Responsible unit*']);

    const problems = await k.problemList();
    const problemSheet = (await readXlsx((await k.inject(k.staffA, 'GET', `/api/ledgers/${problems.id}/import-template`)).rawPayload))
      .worksheets[0]!;
    expect((problemSheet.getRow(1).values as unknown[]).slice(10)).toEqual(['来源*', '严重程度*', '整改措施']);
    expect((await k.inject(k.secretaryB1, 'GET', `/api/ledgers/${list.id}/import-template`)).statusCode).toBe(404);
  });

  it('checks a good file (dry run writes nothing), then imports it in one go; 立行立改 rows are closed at registration', async () => {
    const list = await practicalList();
    const zhang = await buildPerson(k.db, k.tree.branchA1, { name: `张${uniq()}` });
    const li = await buildPerson(k.db, k.tree.branchA2, { name: `李${uniq()}` });
    const rows: Row[] = [
      ['BSS-001', '食堂增设取餐窗口', '就业', k.tree.branchA1.code, zhang.name, '2026-12-31', '2026-11-01', '否', '高峰期排队', '一线职工', '走下去听', '第一批'],
      ['BSS-002', '职工体检增加项目', '医疗', k.tree.branchA2.name, li.employeeNo, new Date(Date.UTC(2027, 2, 31)), '2026/11/2', null, null, null, '请上来讲', null],
      ['BSS-003', '宿舍热水器维修', '住房', k.tree.unitA.name, null, null, '2026-11-03', '是', null, null, '群众提交', null],
      [null, '班车线路调整', '就业', k.tree.groupA1.code, `${zhang.name}（${zhang.employeeNo}）`, '2027-01-15', null, null, null, null, '坐下来议', null],
    ];
    const file = await xlsx(PM_HEADERS, rows);

    const dry = await importFile(list.id, file, { dryRun: true });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toEqual({ rows: 4, created: 4, updated: 0, unchanged: 0, dryRun: true });
    expect(await itemsOf(list.id)).toEqual([]);

    const res = await importFile(list.id, file);
    expect(res.json()).toEqual({ rows: 4, created: 4, updated: 0, unchanged: 0, dryRun: false });
    const items = await itemsOf(list.id);
    expect(items).toHaveLength(4);
    const [one, two, three, four] = items; // ordered by 编号, the blank last
    expect(one).toMatchObject({
      external_no: 'BSS-001',
      title: '食堂增设取餐窗口',
      category: '就业',
      responsible_org_id: k.tree.branchA1.id,
      responsible_person_id: zhang.id,
      deadline: '2026-12-31',
      registered_on: '2026-11-01',
      status: 'registered',
      progress: 0,
      fixed_at_once: false,
      fields: { source: '走下去听', beneficiaries: '一线职工', phase: '第一批' },
      version: 1,
    });
    expect(two).toMatchObject({ responsible_org_id: k.tree.branchA2.id, responsible_person_id: li.id, deadline: '2027-03-31' });
    expect(three).toMatchObject({
      fixed_at_once: true,
      status: 'closed',
      closed_on: '2026-11-03',
      progress: 100,
      deadline: null,
      fields: { source: 'employee_submission' },
    });
    expect(four).toMatchObject({ external_no: null, responsible_org_id: k.tree.groupA1.id, responsible_person_id: zhang.id });
    const closeSteps = await rowsOf<{ item_id: number; kind: string; on: string }>(
      k.db,
      sql`select item_id, kind, "on"::text from ledger_item_updates where item_id = any(${sql.param(items.map((i) => i.id))}::bigint[])`,
    );
    expect(closeSteps).toEqual([{ item_id: three!.id, kind: 'close', on: '2026-11-03' }]);
    // The items read through the API like any other.
    const detail = (await k.inject(k.staffA, 'GET', `/api/ledger-items/${three!.id}`)).json();
    expect(detail).toMatchObject({ status: 'closed', colour: 'closed', fixedAtOnce: true });

    const audit = await k.auditOf('ledgerItem.import', list.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toBe('办实事清单.xlsx');
    expect(audit[0]!.after).toMatchObject({ rows: 4, created: 4, updated: 0, unchanged: 0 });
    expect((audit[0]!.after as { createdIds: number[] }).createdIds.sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('re-imports by 编号: plan fields update and bump the version, status, progress and closing stay; counts reported', async () => {
    const list = await practicalList();
    const base = (no: string, title: string, deadline: string | null, fixed = '否'): Row => [
      no,
      title,
      '就业',
      k.tree.branchA1.code,
      null,
      deadline,
      '2026-11-01',
      fixed,
      null,
      null,
      '走下去听',
      null,
    ];
    const first = await importFile(
      list.id,
      await xlsx(PM_HEADERS, [base('R-1', '事项一', '2026-12-31'), base('R-2', '事项二', '2026-12-31'), base('R-3', '事项三', null, '是')]),
    );
    expect(first.json()).toMatchObject({ created: 3 });
    const [one, two, three] = await itemsOf(list.id);
    // The responsible branch reports progress on item two before the re-import.
    const progressed = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${two!.id}/progress`, {
      version: 1,
      text: '已落实场地',
      percent: 60,
    });
    expect(progressed.statusCode).toBe(200);

    const again = await importFile(
      list.id,
      await xlsx(PM_HEADERS, [
        base('R-1', '事项一', '2026-12-31'), // as it was
        [...base('R-2', '事项二（调整）', '2027-01-31').slice(0, 2), '医疗', k.tree.branchA2.name, null, '2027-01-31', null, null, '新描述', null, '请上来讲', null],
        [...base('R-3', '事项三（补充说明）', null).slice(0, 7), '是', ...base('R-3', '', null).slice(8)],
        base('R-4', '事项四', '2027-02-28'),
      ]),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ rows: 4, created: 1, updated: 2, unchanged: 1, dryRun: false });
    const after = await itemsOf(list.id);
    expect(after).toHaveLength(4);
    expect(after[0]).toEqual(one);
    expect(after[1]).toMatchObject({
      id: two!.id,
      title: '事项二（调整）',
      category: '医疗',
      responsible_org_id: k.tree.branchA2.id,
      deadline: '2027-01-31',
      fields: { source: '请上来讲' },
      status: 'in_progress',
      progress: 60,
      version: 3,
    });
    expect(after[2]).toMatchObject({ id: three!.id, title: '事项三（补充说明）', status: 'closed', closed_on: '2026-11-01', version: 2 });
    expect(after[3]).toMatchObject({ external_no: 'R-4', status: 'registered' });
    const audit = (await k.auditOf('ledgerItem.import', list.id)).find((a) => (a.after as { updated: number }).updated === 2)!;
    expect((audit.before as { updated: { id: number; title: string }[] }).updated).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: two!.id, title: '事项二' })]),
    );

    // 立行立改 is set at registration: a re-import cannot unset it.
    const flip = await importFile(list.id, await xlsx(PM_HEADERS, [base('R-3', '事项三', '2026-12-31', '否')]));
    expect(flip.statusCode).toBe(400);
    expect((flip.json().details as RowError[]).map((d) => [d.row, d.field])).toEqual([[2, 'fixedAtOnce']]);
  });

  it('rejects a file with three bad rows whole, listing exactly those rows and reasons in the user’s language', async () => {
    const list = await practicalList();
    const good = (no: string): Row => [no, '好的事项', '就业', k.tree.branchA1.code, null, '2026-12-31', '2026-11-01', null, null, null, '走下去听', null];
    const file = await xlsx(PM_HEADERS, [
      good('B-1'),
      ['B-2', '分类不对', '教育', k.tree.branchA1.code, null, '2026-12-31', null, null, null, null, '走下去听', null],
      good('B-3'),
      ['B-4', '别家的支部', '就业', k.tree.branchB1.name, null, '2026-12-31', null, null, null, null, '走下去听', null],
      ['B-5', '时限早于登记', '就业', k.tree.branchA1.code, null, '2026-10-01', '2026-11-01', null, null, null, '走下去听', null],
      good('B-6'),
    ]);
    const res = await importFile(list.id, file);
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; message: string; details: RowError[] };
    expect(body.error).toBe('IMPORT_INVALID');
    expect(body.message).toBe('文件中有 3 行存在错误，未导入任何数据。');
    expect(body.details.map((d) => [d.row, d.field, d.column])).toEqual([
      [3, 'category', '分类'],
      [5, 'responsibleOrg', '责任单位'],
      [6, 'deadline', '完成时限'],
    ]);
    expect(body.details[0]!.message).toBe('分类“教育”不是本清单的分类（就业、医疗、住房）。');
    expect(body.details[1]!.message).toBe(`责任单位“${k.tree.branchB1.name}”不在清单所属组织的范围内。`);
    expect(body.details[2]!.message).toBe('完成时限不能早于登记日期。');
    expect(await itemsOf(list.id)).toEqual([]);
    expect(await k.auditOf('ledgerItem.import', list.id)).toEqual([]);

    const en = await importFile(list.id, file, { locale: 'en-US' });
    expect((en.json().details as RowError[]).map((d) => d.message)).toEqual([
      'Category "教育" is not one of the list’s (就业、医疗、住房).',
      `Responsible unit "${k.tree.branchB1.name}" lies outside the list owner’s organisation.`,
      'The deadline cannot precede the registration date.',
    ]);

    // More reasons: missing deadline, unknown person and unit, a bad source, a 编号 twice in the file.
    const more = await importFile(
      list.id,
      await xlsx(PM_HEADERS, [
        ['C-1', '无时限', '就业', k.tree.branchA1.code, null, null, null, '否', null, null, '走下去听', null],
        ['C-2', '查无此人', '就业', '不存在的支部', '查无此人', '2026-12-31', null, null, null, null, '道听途说', null],
        ['C-1', '重复编号', '就业', k.tree.branchA1.code, null, '2026-12-31', null, null, null, null, '走下去听', null],
      ]),
    );
    expect((more.json().details as RowError[]).map((d) => [d.row, d.field])).toEqual([
      [2, 'deadline'],
      [3, 'responsibleOrg'],
      [3, 'responsiblePerson'],
      [3, 'source'],
      [4, 'externalNo'],
    ]);
  });

  it('imports research topics (leader, several methods) and problems with their enumerations in either language', async () => {
    const topics = (
      await k.inject(k.staffA, 'POST', '/api/ledgers', { ownerOrgId: k.tree.unitA.id, kind: 'research_topic', title: `调研课题${uniq()}` })
    ).json();
    const leader = await buildPerson(k.db, k.tree.unitA, { name: `赵${uniq()}` });
    const res = await importFile(
      topics.id,
      await xlsx(
        ['编号', '事项名称', '责任单位', '完成时限', '牵头领导', '调研方式'],
        [['T-1', '基层减负调研', k.tree.unitA.code, '2026-12-31', leader.employeeNo, '个别访谈、Questionnaire, field_visit']],
      ),
    );
    expect(res.statusCode, res.body).toBe(200);
    const [topic] = await itemsOf(topics.id);
    expect(topic!.fields).toEqual({ leaderPersonId: leader.id, methods: ['individual_interview', 'questionnaire', 'field_visit'] });

    const problems = await k.problemList();
    const en = await importFile(
      problems.id,
      await xlsx(
        ['No.', 'Item', 'Category', 'Responsible unit', 'Deadline', 'Source', 'Severity', 'Measures'],
        [['P-1', 'Records incomplete', '制度', k.tree.branchA1.code, '2026-12-31', 'Self-check', '较重', 'Template and training']],
      ),
      { locale: 'en-US' },
    );
    expect(en.statusCode, en.body).toBe(200);
    const [problem] = await itemsOf(problems.id);
    expect(problem!.fields).toEqual({ source: 'self_check', severity: 'serious', measures: 'Template and training' });
  });

  it('refuses a branch secretary (403), a list outside the caller’s subtree (404) and a file that is not .xlsx (400)', async () => {
    const list = await practicalList();
    const file = await xlsx(PM_HEADERS, [
      ['X-1', '事项', '就业', k.tree.branchA1.code, null, '2026-12-31', null, null, null, null, '走下去听', null],
    ]);
    expect((await importFile(list.id, file)).statusCode).toBe(200); // now the branch sees the list through its item
    expect((await importFile(list.id, file, { cookie: k.secretaryA1 })).statusCode).toBe(403);
    expect((await importFile(list.id, file, { cookie: k.secretaryB1 })).statusCode).toBe(404);
    expect((await importFile(999_999_999, file)).statusCode).toBe(404);
    const notXlsx = await importFile(list.id, Buffer.from('编号,事项名称\nX-1,事项\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().message).toBe('无法读取该文件，请上传 .xlsx 格式的 Excel 文件。');
    const noFile = await k.app.inject({
      method: 'POST',
      url: `/api/ledgers/${list.id}/import`,
      payload: { a: 1 },
      headers: { cookie: k.staffA },
    });
    expect(noFile.statusCode).toBe(400);
    const missing = await importFile(list.id, await xlsx(['编号', '事项名称'], [['X-2', '缺列']]));
    expect(missing.statusCode).toBe(400);
    expect((missing.json().details as RowError[]).map((d) => d.field)).toEqual(['responsibleOrg', 'source']);
    expect(await itemsOf(list.id)).toHaveLength(1);
  });
});
