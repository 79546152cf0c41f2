// The ledgers benchmark's .xlsx stages: an export of a filtered list, and an import of N rows into the root's
// 我为群众办实事 list (POST /api/ledgers/:id/import) followed by a re-import of the same file with new deadlines
// (every row updates its item by 编号). Each stage runs only when the app has the route.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import type { LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { Database } from '../server/src/db/client';
import { rowsOf, SYNTHETIC_CATEGORIES, type SyntheticResult } from '../server/src/demo';
import { upload, xlsx } from '../server/src/modules/imports/imports.testkit';
import { labelOf, sourceOptions } from '../server/src/modules/ledgers/items.columns';
import { mb, type memoryWatch } from './stats';

interface StageInput {
  app: FastifyInstance;
  cookie: string;
  database: Database;
  memory: ReturnType<typeof memoryWatch>;
  group: SyntheticResult;
  ledgers: { id: number; kind: LedgerKind }[];
  /** The list page's filter (status, colour, pageSize). */
  filter: string;
  rows: number;
}

const IMPORT_ROUTE = { method: 'POST', url: '/api/ledgers/:id/import' } as const;
const EXPORT_ROUTE = { method: 'GET', url: '/api/ledger-items/export' } as const;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/** Rows of figures ([measure, figure]) for the benchmark's table. */
export async function ledgerImportStage(s: StageInput): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const get = (url: string) => s.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

  if (!s.app.hasRoute(EXPORT_ROUTE)) out.push(['export of a filtered list', 'not measured: no GET /api/ledger-items/export']);
  else {
    for (const [label, query] of [
      ['in progress & overdue at the mid node', `orgId=${s.group.midId}&status=in_progress&colour=overdue`],
      ['key tasks in progress at the root', `orgId=${s.group.rootId}&kind=key_task&status=in_progress`],
    ] as const) {
      const { total } = (await get(`/api/ledger-items?${query}&pageSize=1`)).json() as { total: number };
      s.memory.reset();
      const started = performance.now();
      const res = await get(`/api/ledger-items/export?${query}`);
      const took = seconds(started);
      out.push([
        `export to .xlsx, ${label} (${total.toLocaleString()} items), in-process`,
        res.statusCode === 200
          ? `${took}, ${(res.rawPayload.length / 1024).toFixed(0)} KB (peak RSS ${mb(s.memory.peak())})`
          : `refused: ${res.statusCode} ${res.body.slice(0, 200)}`,
      ]);
    }
  }

  const ledger = s.ledgers.find((l) => l.kind === 'practical_matter');
  if (!s.app.hasRoute(IMPORT_ROUTE) || !ledger) {
    out.push([`import of ${s.rows.toLocaleString()} rows`, 'not measured: no POST /api/ledgers/:id/import']);
    return out;
  }
  // Responsible nodes across the group, by code, with their 书记 written 姓名（工号）.
  const nodes = await rowsOf<{ code: string; person: string | null }>(
    s.database.db,
    sql`
    select o.code, (select p.name || '（' || p.employee_no || '）' from positions x join people p on p.id = x.person_id
      where x.org_id = o.id and x.end_on is null and x.title = 'secretary' and p.employee_no is not null limit 1) as person
    from orgs o where o.path like (select path from orgs where id = ${s.group.rootId}) || '%' and o.type <> 'party_group'
      and o.code is not null order by o.id`,
  );
  const label = (key: string) => translate('zh-CN', `ledgerImport.col.${key}` as MessageKey);
  const headers = [
    'externalNo',
    'title',
    'category',
    'responsibleOrg',
    'responsiblePerson',
    'deadline',
    'registeredOn',
    'fixedAtOnce',
    'beneficiaries',
    'source',
    'phase',
  ].map(label);
  const categories = SYNTHETIC_CATEGORIES.practical_matter;
  // Labels as the import reads them (the module's own column definitions).
  const options = sourceOptions('practical_matter');
  const sources = ['走下去听', '请上来讲', '坐下来议'].map((v) => labelOf('zh-CN', options, v));
  const file = (deadlineShift: number) =>
    xlsx(
      headers,
      Array.from({ length: s.rows }, (_, i) => {
        const node = nodes[(i * 7919) % nodes.length]!;
        const deadline = new Date(Date.UTC(2027, 0, 1 + (i % 300) + deadlineShift));
        return [
          `BENCH-${String(i + 1).padStart(6, '0')}`,
          `压测导入事项：改善职工工作生活条件（${i + 1}）`,
          categories[i % categories.length]!,
          node.code,
          node.person,
          deadline,
          new Date(Date.UTC(2026, 10, 1 + (i % 28))),
          '否',
          '一线职工',
          sources[i % sources.length]!,
          '组织实施',
        ];
      }),
    );

  for (const [what, shift] of [
    ['import', 0],
    ['re-import, same 编号, new deadlines (updates)', 30],
  ] as const) {
    const body = await file(shift);
    s.memory.reset();
    const started = performance.now();
    const res = await upload(s.app, `/api/ledgers/${ledger.id}/import?dryRun=false`, s.cookie, body, { fileName: 'bench.xlsx' });
    const took = seconds(started);
    const result = res.statusCode < 300 ? (res.json() as { created: number; updated: number; unchanged: number }) : undefined;
    out.push([
      `${what} of ${s.rows.toLocaleString()} rows from .xlsx (${(body.length / 1024).toFixed(0)} KB) into a list of the root, in-process`,
      result
        ? `${took}: ${result.created.toLocaleString()} created, ${result.updated.toLocaleString()} updated (peak RSS ${mb(s.memory.peak())})`
        : `failed: ${res.statusCode} ${res.body.slice(0, 300)}`,
    ]);
  }
  return out;
}
