// Excel import (导入) of the organisation tree and the roster: read the whole file, check every row,
// then either reject it whole with every bad row listed, or write it all in one transaction.
import type { Locale } from '@xianfeng/shared/domain';
import { translate } from '@xianfeng/shared/i18n';
import type { ImportResult, ImportRowError } from '@xianfeng/shared/schemas/imports';
import type { Ctx } from '../../core/context';
import { DomainError, conflict, invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import { checkOrgRows, placeOrgs, type OrgValues } from './imports.org-rows';
import { type DataRow, type RowIssue, loadWorkbook, readTable, readValues } from './imports.parse';
import { checkPersonRows, initialStatuses, statusUpdate, type PersonValues } from './imports.person-rows';
import * as q from './imports.queries';
import { type ColumnDef, ORG_COLUMNS, PEOPLE_COLUMNS } from './imports.templates';

export interface ImportInput {
  underOrgId: number;
  dryRun: boolean;
  fileName: string;
  file: Buffer;
  locale: Locale;
}

/** Above this many rows, refresh the planner statistics after the load. */
const ANALYZE_AFTER = 1_000;

/** Every issue of the file, in row and column order, as one 400 IMPORT_INVALID; nothing is written. */
function rejectIfAny(issues: RowIssue[], columns: readonly ColumnDef[], locale: Locale) {
  if (issues.length === 0) return;
  const order = new Map(columns.map((c, i) => [c.key, i]));
  const sorted = [...issues].sort((a, b) => a.row - b.row || order.get(a.field)! - order.get(b.field)!);
  const details: ImportRowError[] = sorted.map((issue) => {
    const column = translate(locale, columns[order.get(issue.field)!]!.label);
    return { row: issue.row, column, field: issue.field, message: translate(locale, issue.key, { column, ...issue.params }) };
  });
  throw new DomainError(400, 'IMPORT_INVALID', 'import.rowErrors', { count: new Set(issues.map((i) => i.row)).size }, details);
}

/** A unique index tripped by a concurrent write between the checks and the insert. */
function isUniqueViolation(err: unknown): boolean {
  const codeOf = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined);
  return codeOf(err) === '23505' || codeOf((err as { cause?: unknown })?.cause) === '23505';
}

async function readRows<K extends string>(file: Buffer, columns: readonly ColumnDef<K>[], locale: Locale) {
  const rows: DataRow[] = readTable(await loadWorkbook(file), columns, locale);
  const issues: RowIssue[] = [];
  const values = rows.map((r) => readValues(r, columns, issues));
  return { rows, values, issues };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('error.conflict'); // a duplicate, not a stale version
    throw err;
  }
}

/** Organisations under `underOrgId` (org.write there), parents before children in file order. */
export async function importOrgs(ctx: Ctx, input: ImportInput): Promise<ImportResult> {
  await loadOrgInScope(ctx, input.underOrgId, 'org.write'); // 404 before the file is even read
  const { rows, values, issues } = await readRows(input.file, ORG_COLUMNS, input.locale);
  const result = await guarded(() =>
    ctx.db.transaction(async (tx) => {
      const under = await loadOrgInScope(ctx, input.underOrgId, 'org.write', tx);
      if (under.dissolvedOn) throw invalid('org.dissolved');
      const scope = await q.scopeOrgs(tx, under.path);
      const codes = [...new Set(values.map((v) => v.code).filter((c): c is string => !!c))];
      const planned = checkOrgRows(rows, values as OrgValues[], scope, await q.takenCodes(tx, codes), issues);
      rejectIfAny(issues, ORG_COLUMNS, input.locale);
      const result: ImportResult = { created: planned.length, updated: 0, rows: rows.length, dryRun: input.dryRun };
      if (input.dryRun) return result;
      const ids = await q.nextIds(tx, 'orgs', planned.length);
      await q.insertOrgs(tx, placeOrgs(planned, ids, todayIn(ctx.timeZone)));
      await recordAudit(tx, ctx, auditEntry('import.orgs', under.id, input.fileName, result));
      return result;
    }),
  );
  if (!input.dryRun && result.created >= ANALYZE_AFTER) await q.analyzeOrgs(ctx.db);
  return result;
}

/** People into branches under `underOrgId` (person.write there); a known 工号 updates that person. */
export async function importPeople(ctx: Ctx, input: ImportInput): Promise<ImportResult> {
  await loadOrgInScope(ctx, input.underOrgId, 'person.write');
  const { rows, values, issues } = await readRows(input.file, PEOPLE_COLUMNS, input.locale);
  const result = await guarded(() =>
    ctx.db.transaction(async (tx) => {
      const under = await loadOrgInScope(ctx, input.underOrgId, 'person.write', tx);
      const scope = await q.scopeOrgs(tx, under.path);
      const employeeNos = [...new Set(values.map((v) => v.employeeNo).filter((n): n is string => !!n))];
      const existing = await q.peopleByEmployeeNo(tx, employeeNos);
      const planned = checkPersonRows(rows, values as PersonValues[], scope, existing, under.path, issues);
      rejectIfAny(issues, PEOPLE_COLUMNS, input.locale);
      const updates = planned.filter((p) => p.existing);
      const creates = planned.filter((p) => !p.existing);
      const result: ImportResult = { created: creates.length, updated: updates.length, rows: rows.length, dryRun: input.dryRun };
      if (input.dryRun) return result;

      const today = todayIn(ctx.timeZone);
      const ids = await q.nextIds(tx, 'people', creates.length);
      const newPeople = creates.map((p, i) => ({
        ...p.fields,
        id: ids[i]!,
        orgId: p.org.id,
        orgPath: p.org.path,
        startOn: p.startOn ?? today,
      }));
      await q.insertPeople(tx, newPeople);
      await q.updatePeople(
        tx,
        updates.map((p) => ({ ...p.fields, id: p.existing!.id })),
      );
      const changes = [
        ...newPeople.flatMap(initialStatuses),
        ...updates.flatMap((p) => statusUpdate(p.existing!, p.fields, today) ?? []),
      ];
      await q.insertStatusChanges(tx, changes);
      await recordAudit(tx, ctx, auditEntry('import.people', under.id, input.fileName, result));
      return result;
    }),
  );
  if (!input.dryRun && result.created + result.updated >= ANALYZE_AFTER) await q.analyzePeople(ctx.db);
  return result;
}

/** One summary entry per import, on the node it was made under; rows are not audited one by one. */
const auditEntry = (action: string, orgId: number, fileName: string, r: ImportResult) => ({
  action,
  entityType: 'import',
  orgId,
  summary: fileName,
  after: { fileName, rows: r.rows, created: r.created, updated: r.updated },
});
