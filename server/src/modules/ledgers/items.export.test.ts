import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniq } from '../../test/harness';
import { readXlsx, upload, xlsx } from '../imports/imports.testkit';
import { buildPerson } from '../people/people.factory';
import { ledgersKit, type LedgersKit } from './ledgers.testkit';

const PM_HEADERS = ['编号', '事项名称', '分类', '责任单位', '责任人', '完成时限', '登记日期', '立行立改', '描述', '受益群众', '来源', '阶段'];

/** The sheet as rows of plain values (dates as YYYY-MM-DD), header first. */
function table(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    const values = row.values as unknown[]; // 1-based and sparse: a blank cell is a hole
    rows.push(
      Array.from({ length: values.length - 1 }, (_, i) => values[i + 1]).map((v) =>
        v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null),
      ),
    );
  });
  return rows;
}

describe('ledger items to .xlsx (导出): the list’s filters, the caller’s scope and language, a file that imports again', () => {
  let k: LedgersKit;
  let ledgerId: number;
  let person: { name: string; employeeNo: string | null };

  const exportOf = async (query: string, cookie = k.staffA, locale?: string) => {
    const res = await k.app.inject({
      method: 'GET',
      url: `/api/ledger-items/export?${query}`,
      headers: { cookie, ...(locale ? { 'accept-language': locale } : {}) },
    });
    return res;
  };
  const numbersOf = async (query: string, cookie = k.staffA) => {
    const res = await exportOf(query, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return table((await readXlsx(res.rawPayload)).worksheets[0]!)
      .slice(1)
      .map((r) => r[0])
      .sort();
  };

  beforeAll(async () => {
    k = await ledgersKit();
    ledgerId = (
      await k.inject(k.staffA, 'POST', '/api/ledgers', {
        ownerOrgId: k.tree.unitA.id,
        kind: 'practical_matter',
        title: `办实事清单${uniq()}`,
        categories: ['就业', '医疗', '住房'],
      })
    ).json().id;
    person = await buildPerson(k.db, k.tree.branchA1, { name: `孙${uniq()}` });
    const row = (no: string, category: string, org: { code: string | null }, extra: Partial<Record<number, unknown>> = {}) => {
      const r: unknown[] = [no, `事项${no}`, category, org.code, null, '2026-12-31', '2026-11-01', '否', null, null, '走下去听', null];
      for (const [i, v] of Object.entries(extra)) r[Number(i)] = v;
      return r as (string | null)[];
    };
    const res = await upload(
      k.app,
      `/api/ledgers/${ledgerId}/import`,
      k.staffA,
      await xlsx(PM_HEADERS, [
        row('E-1', '就业', k.tree.branchA1, { 4: person.name, 8: '描述一', 9: '一线职工', 11: '第一批' }),
        row('E-2', '就业', k.tree.branchA2),
        row('E-3', '医疗', k.tree.branchA1, { 10: '请上来讲' }),
        row('E-4', '住房', k.tree.branchA2, { 5: null, 7: '是' }),
      ]),
    );
    expect(res.json()).toMatchObject({ created: 4 });
    // E-3 moves on: in progress at 30%.
    const page = (await k.inject(k.staffA, 'GET', `/api/ledger-items?ledgerId=${ledgerId}&q=E-3`)).json();
    const step = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${page.items[0].id}/progress`, {
      version: 1,
      text: '已对接医院',
      percent: 30,
    });
    expect(step.statusCode).toBe(200);
  });

  it('writes every matching item with the list page’s columns in Chinese', async () => {
    const res = await exportOf(`ledgerId=${ledgerId}`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('清单事项.xlsx'));
    const rows = table((await readXlsx(res.rawPayload)).worksheets[0]!);
    expect(rows[0]).toEqual([
      '编号',
      '清单',
      '类型',
      '事项名称',
      '分类',
      '责任单位',
      '责任人',
      '完成时限',
      '状态',
      '进度(%)',
      '状态灯',
      '立行立改',
      '登记日期',
      '销号日期',
      '描述',
      '受益群众',
      '来源',
      '阶段',
    ]);
    const byNo = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byNo.size).toBe(4);
    expect(byNo.get('E-1')).toEqual([
      'E-1',
      expect.stringContaining('办实事清单'),
      '我为群众办实事',
      '事项E-1',
      '就业',
      k.tree.branchA1.name,
      `${person.name}（${person.employeeNo}）`,
      '2026-12-31',
      '已登记',
      0,
      expect.any(String),
      '否',
      '2026-11-01',
      null,
      '描述一',
      '一线职工',
      '走下去听',
      '第一批',
    ]);
    expect(byNo.get('E-3')!.slice(8, 10)).toEqual(['推进中', 30]);
    expect(byNo.get('E-4')!.slice(7, 14)).toEqual([null, '已销号', 100, '按期销号', '是', '2026-11-01', '2026-11-01']);
  });

  it('applies the filters of GET /ledger-items: status, category, text, node', async () => {
    expect(await numbersOf(`ledgerId=${ledgerId}&category=${encodeURIComponent('就业')}`)).toEqual(['E-1', 'E-2']);
    expect(await numbersOf(`ledgerId=${ledgerId}&status=closed`)).toEqual(['E-4']);
    expect(await numbersOf(`ledgerId=${ledgerId}&status=in_progress`)).toEqual(['E-3']);
    expect(await numbersOf(`ledgerId=${ledgerId}&status=registered&category=${encodeURIComponent('就业')}`)).toEqual(['E-1', 'E-2']);
    expect(await numbersOf(`ledgerId=${ledgerId}&orgId=${k.tree.branchA2.id}`)).toEqual(['E-2', 'E-4']);
    expect(await numbersOf(`ledgerId=${ledgerId}&colour=closed`)).toEqual(['E-4']);
    expect(await numbersOf(`ledgerId=${ledgerId}&q=E-2`)).toEqual(['E-2']);
    // An empty result is still a file, with its header.
    expect(await numbersOf(`ledgerId=${ledgerId}&status=returned`)).toEqual([]);
    expect((await exportOf(`ledgerId=${ledgerId}&status=lost`)).statusCode).toBe(400);
  });

  it('holds only the caller’s scope: a branch sees its own items, another subtree none, a node outside is 404', async () => {
    expect(await numbersOf(`ledgerId=${ledgerId}`, k.secretaryA1)).toEqual(['E-1', 'E-3']);
    expect(await numbersOf(`ledgerId=${ledgerId}`, k.secretaryB1)).toEqual([]);
    expect((await exportOf(`orgId=${k.tree.unitA.id}`, k.secretaryB1)).statusCode).toBe(404);
  });

  it('writes headers and labels in English for an English caller', async () => {
    const res = await exportOf(`ledgerId=${ledgerId}&status=closed`, k.staffA, 'en-US');
    expect(res.headers['content-disposition']).toContain('list-items.xlsx');
    const rows = table((await readXlsx(res.rawPayload)).worksheets[0]!);
    expect(rows[0]!.slice(0, 15)).toEqual([
      'No.',
      'List',
      'Kind',
      'Item',
      'Category',
      'Responsible unit',
      'Responsible person',
      'Deadline',
      'Status',
      'Progress (%)',
      'Signal',
      'Fixed at once',
      'Registered on',
      'Closed on',
      'Description',
    ]);
    expect(rows[1]!.slice(2, 3)).toEqual(['Practical matters for the masses']);
    expect(rows[1]!.slice(8, 12)).toEqual(['closed', 100, 'closed on time', 'Yes']);
    expect(rows[1]![16]).toBe('Going down to listen (走下去听)');
  });

  it('round trip: the exported file imports into the same list unchanged, and an edited title updates its item', async () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const exported = (await exportOf(`ledgerId=${ledgerId}`, k.staffA, locale)).rawPayload;
      const same = await upload(k.app, `/api/ledgers/${ledgerId}/import`, k.staffA, exported, { locale });
      expect(same.statusCode, same.body).toBe(200);
      expect(same.json()).toEqual({ rows: 4, created: 0, updated: 0, unchanged: 4, dryRun: false });
    }

    const wb = await readXlsx((await exportOf(`ledgerId=${ledgerId}`)).rawPayload);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'E-2') row.getCell(4).value = '事项E-2（已调整）';
    });
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(k.app, `/api/ledgers/${ledgerId}/import`, k.staffA, edited);
    expect(res.json()).toEqual({ rows: 4, created: 0, updated: 1, unchanged: 3, dryRun: false });
    expect(await numbersOf(`ledgerId=${ledgerId}&q=${encodeURIComponent('已调整')}`)).toEqual(['E-2']);
    // Status, progress and closing came through untouched.
    expect(await numbersOf(`ledgerId=${ledgerId}&status=in_progress`)).toEqual(['E-3']);
    expect(await numbersOf(`ledgerId=${ledgerId}&status=closed`)).toEqual(['E-4']);
  });
});
