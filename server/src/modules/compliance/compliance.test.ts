import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceNode, ComplianceRow, ComplianceTable, FrequencyRule } from '@xianfeng/shared/schemas/compliance';
import { todayIn } from '../../core/time';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildOrg, buildTree, type TestTree } from '../orgs/orgs.factory';
import { orgs } from '../orgs/orgs.schema';
import { buildRecord } from './compliance.factory';

const MONTHS = ['2024-01-10', '2024-02-10', '2024-03-10'];
const YEARLY = ['party_lecture', 'organisational_life_meeting', 'member_appraisal', 'heart_to_heart_talk'];
const BCM = 'branch_committee_meeting|branch|month';
const ASSEMBLY = 'branch_assembly|branch|quarter';
const GROUP = 'party_group_meeting|party_group|month';

describe('compliance API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let branchB2: TestTree['branchB1'];
  let admin: string;
  let staffA: string;
  let secretaryA1: string;
  let a2Jan: number;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    secretaryA1 = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
    // A1 meets every norm (the yearly ones in June: a period is measured whole); one record entered late.
    for (const d of MONTHS) {
      await buildRecord(t.db, tree.branchA1, 'branch_committee_meeting', d, { enteredAfterDays: d === '2024-02-10' ? 10 : 1 });
      await buildRecord(t.db, tree.branchA1, 'theme_party_day', d);
      await buildRecord(t.db, tree.groupA1, 'party_group_meeting', d);
    }
    await buildRecord(t.db, tree.branchA1, 'branch_assembly', '2024-02-20');
    for (const kind of YEARLY) await buildRecord(t.db, tree.branchA1, kind, '2024-06-18');
    // Not counted: planned, cancelled, or held at another node.
    await buildRecord(t.db, tree.branchA2, 'branch_committee_meeting', '2024-02-11', { status: 'planned' });
    await buildRecord(t.db, tree.branchA2, 'branch_committee_meeting', '2024-02-12', { status: 'cancelled' });
    await buildRecord(t.db, tree.unitA, 'branch_committee_meeting', '2024-02-13');
    // A2 misses February's committee meeting; its Q1 assembly is exempted below.
    a2Jan = (await buildRecord(t.db, tree.branchA2, 'branch_committee_meeting', '2024-01-05')).id;
    await buildRecord(t.db, tree.branchA2, 'branch_committee_meeting', '2024-03-05');
    for (const d of MONTHS) await buildRecord(t.db, tree.branchA2, 'theme_party_day', d);
    for (const kind of YEARLY) await buildRecord(t.db, tree.branchA2, kind, '2024-09-01');
    // B2 was formed mid-February: expected from March only, and it meets March.
    branchB2 = await buildOrg(t.db, { parent: tree.unitB, type: 'branch' });
    await t.db.update(orgs).set({ establishedOn: '2024-02-15' }).where(eq(orgs.id, branchB2.id));
    await buildRecord(t.db, branchB2, 'branch_committee_meeting', '2024-03-20');
    await buildRecord(t.db, branchB2, 'theme_party_day', '2024-03-21');

    const rules = (await get(staffA, `/api/rules?orgId=${tree.unitA.id}`)).json().items as FrequencyRule[];
    const assembly = rules.find((r) => r.kind === 'branch_assembly' && r.ownerOrgId === null)!;
    const ex = await t.app.inject({
      method: 'POST',
      url: `/api/rules/${assembly.id}/exemptions`,
      headers: { cookie: staffA },
      payload: { orgId: tree.branchA2.id, periodStart: '2024-01-01', reason: '整顿' },
    });
    expect(ex.statusCode, ex.body).toBe(201);
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const table = async (cookie: string, orgId: number, from = '2024-01', to = '2024-03') => {
    const res = await get(cookie, `/api/compliance?orgId=${orgId}&from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ComplianceTable;
  };
  const cell = (row: ComplianceRow, key: string) => row.cells.find((c) => c.key === key)!;

  it('rolls compliance up to the root: one row per child, per rule, and the total', async () => {
    const body = await table(admin, tree.root.id);
    expect(body.columns.map((c) => c.key)).toEqual(expect.arrayContaining([BCM, ASSEMBLY, GROUP]));
    expect(body.rules.length).toBeGreaterThanOrEqual(8);
    const [unitA, unitB] = body.children;
    expect(unitA).toMatchObject({ orgId: tree.unitA.id, nodes: 3, compliant: 2 }); // A1 and its group; not A2
    expect(unitA!.share).toBeCloseTo(2 / 3);
    expect(unitB).toMatchObject({ orgId: tree.unitB.id, nodes: 2, compliant: 1 }); // B2; not B1
    expect(body.total).toMatchObject({ orgId: tree.root.id, nodes: 5, compliant: 3 });

    // 支部委员会: A1 3 of 3 months, A2 2 of 3, B1 none, B2 March only.
    expect(cell(unitA!, BCM)).toMatchObject({ nodes: 2, compliant: 1, periodsDue: 6, periodsMet: 5, held: 5, heldOnTime: 4 });
    expect(cell(body.total, BCM)).toMatchObject({ nodes: 4, compliant: 2, periodsDue: 10, periodsMet: 6, held: 6 });
    // 党员大会: A1 held, A2 exempt, B1 missed, B2 not expected for Q1.
    expect(cell(body.total, ASSEMBLY)).toMatchObject({ nodes: 3, compliant: 2, periodsDue: 3, periodsMet: 2 });
    expect(cell(unitA!, GROUP)).toMatchObject({ nodes: 1, compliant: 1, held: 3 });
  });

  it('counts records only in the periods of the window (a yearly rule still sees its whole year)', async () => {
    const body = await table(admin, tree.branchA2.id, '2024-02', '2024-02');
    expect(cell(body.total, BCM)).toMatchObject({ nodes: 1, compliant: 0, periodsDue: 1, periodsMet: 0, held: 0 });
    expect(cell(body.total, 'party_lecture|branch|year')).toMatchObject({ nodes: 1, compliant: 1, held: 1 });
  });

  it('counts periods that have not ended as pending, not missed', async () => {
    const thisMonth = todayIn('Asia/Shanghai').slice(0, 7);
    const body = await table(admin, branchB2.id, thisMonth, thisMonth);
    const c = cell(body.total, BCM);
    expect(c).toMatchObject({ nodes: 1, compliant: 1, periodsDue: 0 });
  });

  it('drills down to one branch: per rule and period, with the missing months and the records held', async () => {
    const res = await get(staffA, `/api/compliance/node/${tree.branchA2.id}?from=2024-01&to=2024-03`);
    expect(res.statusCode, res.body).toBe(200);
    const node = res.json() as ComplianceNode;
    expect(node.compliant).toBe(false);
    const bcm = node.rules.find((r) => r.rule.key === BCM)!;
    expect(bcm.missing).toEqual(['2024-02-01']);
    expect(bcm.periods.map((p) => [p.periodStart, p.periodEnd, p.status, p.held])).toEqual([
      ['2024-01-01', '2024-01-31', 'met', 1],
      ['2024-02-01', '2024-02-29', 'missed', 0],
      ['2024-03-01', '2024-03-31', 'met', 1],
    ]);
    expect(bcm.periods[0]!.recordIds).toEqual([a2Jan]);
    const assembly = node.rules.find((r) => r.rule.key === ASSEMBLY)!;
    expect(assembly.periods).toMatchObject([
      { periodStart: '2024-01-01', periodEnd: '2024-03-31', exempt: true, compliant: true, status: 'exempt', held: 0 },
    ]);
    const lecture = node.rules.find((r) => r.rule.kind === 'party_lecture')!;
    expect(lecture.periods).toMatchObject([{ periodStart: '2024-01-01', periodEnd: '2024-12-31', status: 'met', held: 1 }]);

    const b2 = (await get(admin, `/api/compliance/node/${branchB2.id}?from=2024-01&to=2024-03`)).json() as ComplianceNode;
    expect(b2.compliant).toBe(true);
    expect(b2.rules.find((r) => r.rule.key === BCM)!.periods.map((p) => p.status)).toEqual([
      'not_expected',
      'not_expected',
      'met',
    ]);
  });

  it('the table agrees with the drill-downs of every node (two statements, one meaning)', async () => {
    const body = await table(admin, tree.root.id);
    const nodes = [tree.branchA1, tree.branchA2, tree.branchB1, branchB2, tree.groupA1];
    const drills = await Promise.all(
      nodes.map(async (n) => (await get(admin, `/api/compliance/node/${n.id}?from=2024-01&to=2024-03`)).json() as ComplianceNode),
    );
    for (const column of body.columns) {
      const periods = drills.map((d) => d.rules.find((r) => r.rule.key === column.key)?.periods ?? []);
      const expected = periods.filter((ps) => ps.some((p) => p.status !== 'not_expected'));
      const counted = (ps: (typeof periods)[number], statuses: string[]) => ps.filter((p) => statuses.includes(p.status)).length;
      expect(cell(body.total, column.key), column.key).toMatchObject({
        nodes: expected.length,
        compliant: expected.filter((ps) => ps.every((p) => p.status !== 'missed')).length,
        periodsDue: periods.reduce((n, ps) => n + counted(ps, ['met', 'exempt', 'missed']), 0),
        periodsMet: periods.reduce((n, ps) => n + counted(ps, ['met', 'exempt']), 0),
        held: periods.reduce((n, ps) => n + ps.reduce((m, p) => m + p.held, 0), 0),
        heldOnTime: periods.reduce((n, ps) => n + ps.reduce((m, p) => m + p.heldOnTime, 0), 0),
      });
    }
    expect(body.total.compliant).toBe(
      drills.filter((d) => d.compliant && d.rules.some((r) => r.periods.some((p) => p.status !== 'not_expected'))).length,
    );
  });

  it('a tightened rule counts at the nodes below its owner only', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/rules',
      headers: { cookie: admin },
      payload: { ownerOrgId: tree.unitB.id, kind: 'theme_party_day', orgType: 'branch', minCount: 2, period: 'month' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = await table(admin, tree.root.id);
    expect(body.children[0]).toMatchObject({ nodes: 3, compliant: 2 });
    expect(body.children[1]).toMatchObject({ nodes: 2, compliant: 0 }); // B2 now misses March's second 主题党日
    const b2 = (await get(admin, `/api/compliance/node/${branchB2.id}?from=2024-03&to=2024-03`)).json() as ComplianceNode;
    expect(b2.rules.find((r) => r.rule.kind === 'theme_party_day')!.rule).toMatchObject({ ruleId: res.json().id, minCount: 2 });

    // A kind no default covers, added by unit A: a column at the root too, reaching unit A's branches only.
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/rules',
      headers: { cookie: staffA },
      payload: { ownerOrgId: tree.unitA.id, kind: 'work_meeting', orgType: 'branch', minCount: 1, period: 'quarter' },
    });
    expect(own.statusCode, own.body).toBe(201);
    await buildRecord(t.db, tree.branchA1, 'work_meeting', '2024-03-28');
    const after = await table(admin, tree.root.id);
    const key = 'work_meeting|branch|quarter';
    expect(after.columns.find((c) => c.key === key)).toMatchObject({ ruleId: own.json().id, minCount: 1 });
    expect(cell(after.children[0]!, key)).toMatchObject({ nodes: 2, compliant: 1, held: 1 });
    expect(cell(after.children[1]!, key)).toMatchObject({ nodes: 0, compliant: 0 });
    expect(after.children[0]).toMatchObject({ nodes: 3, compliant: 2 });
  });

  it('validates the window: months, order, at most 24', async () => {
    for (const q of ['from=2024-03&to=2024-01', 'from=2024-01&to=2026-01', 'from=2024-13&to=2024-12', 'from=2024-1&to=2024-02']) {
      const res = await get(admin, `/api/compliance?orgId=${tree.root.id}&${q}`);
      expect(res.statusCode, q).toBe(400);
    }
    expect((await get(admin, `/api/compliance?orgId=${tree.root.id}&from=2023-01&to=2024-12`)).statusCode).toBe(200);
  });

  it('exports the table as .xlsx with Chinese headers and red non-compliant cells', async () => {
    const res = await get(admin, `/api/compliance/export.xlsx?orgId=${tree.root.id}&from=2024-01&to=2024-03`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('合规统计');
    expect(String(sheet.getCell(1, 1).value)).toContain('2024-01 至 2024-03');
    const headers = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    expect(headers.slice(0, 5)).toEqual(['党组织', '类型', '应达标组织数', '全部达标数', '达标率']);
    const bcmCol = headers.findIndex((h) => h.startsWith('支部委员会（党支部每月≥1次')) + 1;
    expect(bcmCol).toBeGreaterThan(5);
    const unitA = sheet.getRow(3);
    expect(unitA.getCell(1).value).toBe(tree.unitA.name);
    expect(unitA.getCell(3).value).toBe(3);
    expect(unitA.getCell(bcmCol).value).toBe('1/2');
    expect((unitA.getCell(bcmCol).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    const groupCol = headers.findIndex((h) => h.startsWith('党小组会')) + 1;
    expect(unitA.getCell(groupCol).value).toBe('1/1');
    expect((unitA.getCell(groupCol).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFC7CE');
    expect(sheet.getRow(5).getCell(1).value).toBe('合计');
  });

  it('answers 404 outside the caller subtree, for every route', async () => {
    expect((await get(secretaryA1, `/api/compliance?orgId=${tree.branchA1.id}&from=2024-01&to=2024-03`)).statusCode).toBe(200);
    for (const url of [
      `/api/compliance?orgId=${tree.unitA.id}&from=2024-01&to=2024-03`,
      `/api/compliance?orgId=${tree.branchA2.id}&from=2024-01&to=2024-03`,
      `/api/compliance/node/${tree.branchA2.id}?from=2024-01&to=2024-03`,
      `/api/compliance/export.xlsx?orgId=${tree.root.id}&from=2024-01&to=2024-03`,
    ]) {
      expect((await get(secretaryA1, url)).statusCode, url).toBe(404);
    }
    expect((await get(staffA, `/api/compliance/node/${tree.branchB1.id}?from=2024-01&to=2024-03`)).statusCode).toBe(404);
    expect((await get(staffA, `/api/compliance/export.xlsx?orgId=${tree.unitB.id}&from=2024-01&to=2024-03`)).statusCode).toBe(
      404,
    );
  });
});
