// Ledger items from an .xlsx file (清单导入): read the whole file, check every row against the list (category,
// responsible unit and person inside the owner's subtree, dates, the kind's fields), then either reject it whole
// with every bad row listed, or write it all in one transaction. A 编号 already in the list updates that item's
// plan fields; its status, progress and closing stay as the workflow left them.
import ExcelJS from 'exceljs';
import type { Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import { IMPORT_MAX_ROWS, type ImportRowError } from '@xianfeng/shared/schemas/imports';
import type { LedgerImportResult } from '@xianfeng/shared/schemas/ledgerImports';
import { itemFieldsByKind, type LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { Actor } from '../../core/access';
import type { Ctx } from '../../core/context';
import { DomainError, conflict } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import { type DataRow, type EnumOptions, type RowIssue, loadWorkbook, matchEnum, optionLabels, readTable, readValues } from '../imports';
import {
  type ColumnKey,
  type ItemColumn,
  importColumns,
  joinLabels,
  labelOf,
  MULTI_SEPARATOR,
  OPTIONS,
  parsePersonText,
} from './items.columns';
import * as io from './items.io.queries';
import * as policy from './ledgers.policy';
import { loadLedger, loadManaged } from './ledgers.service';

export interface LedgerImportOptions {
  /** 校验 only: check and count, write nothing. */
  dryRun?: boolean;
  /** The uploaded file's name, for the audit entry. */
  fileName?: string;
  /** Language of the row errors. */
  locale?: Locale;
}

type Values = Record<ColumnKey, string | null>;

/** Above this many written rows, refresh the planner statistics after the load. */
const ANALYZE_AFTER = 1_000;

// —— checking the rows (no database: the lookups are loaded before) ——

export interface ImportWorld {
  kind: LedgerKind;
  ledgerId: number;
  categories: string[];
  /** Active nodes of the owner's subtree that the caller sees. */
  nodes: io.ScopeNode[];
  /** Names and codes of nodes anywhere (to say "outside the list's organisation" rather than "unknown"). */
  knownNodes: Set<string>;
  people: io.ScopePerson[];
  existing: io.ExistingItem[];
  today: string;
  /** Who closes 立行立改 items (the importing person, when the account has one). */
  closedBy: number | null;
}

export interface Planned {
  creates: io.NewItemRow[];
  updates: { plan: io.ItemPlan; version: number; before: Record<string, unknown> }[];
  unchanged: number;
}

/** JSON with sorted keys: two field objects are equal when their texts are. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

const PLAN_KEYS = ['title', 'description', 'category', 'fields', 'responsibleOrgId', 'responsiblePersonId', 'deadline'] as const;
/** The column a field of itemFieldsByKind is read from. */
const columnOfField = (field: string): ColumnKey => (field === 'leaderPersonId' ? 'leader' : (field as ColumnKey));

/** Every row checked; the issues of bad rows are added to `issues`, the good rows planned. */
export function planRows(rows: readonly DataRow[], values: readonly Values[], w: ImportWorld, issues: RowIssue[]): Planned {
  const byCode = new Map(w.nodes.filter((o) => o.code).map((o) => [o.code!, o]));
  const byName = new Map<string, io.ScopeNode[]>();
  for (const o of w.nodes) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const peopleByNo = new Map(w.people.filter((p) => p.employeeNo).map((p) => [p.employeeNo!, p]));
  const peopleByName = new Map<string, io.ScopePerson[]>();
  for (const p of w.people) peopleByName.set(p.name, [...(peopleByName.get(p.name) ?? []), p]);
  const existingByNo = new Map(w.existing.map((e) => [e.externalNo, e]));
  const seenNo = new Map<string, number>();
  const planned: Planned = { creates: [], updates: [], unchanged: 0 };
  const categoryList = w.categories.join('、');
  // Cells readValues already refused (a bad cell reads as null: not a second, misleading issue).
  const refusedRows = new Set(issues.map((x) => x.row));
  const refusedCells = new Set(issues.map((x) => `${x.row}:${x.field}`));

  values.forEach((v, i) => {
    const row = rows[i]!.row;
    let bad = false;
    const issue = (field: ColumnKey, key: MessageKey, params: Record<string, string | number> = {}) => {
      issues.push({ row, field, key, params: { value: v[field] ?? '', ...params } });
      bad = true;
    };
    if (refusedRows.has(row)) bad = true;

    const person = (field: 'responsiblePerson' | 'leader'): io.ScopePerson | undefined => {
      const text = v[field];
      if (!text) return undefined;
      const said = parsePersonText(text);
      if (said.employeeNo) {
        const p = peopleByNo.get(said.employeeNo);
        if (p && p.name === said.name) return p;
      }
      const token = text.trim();
      const byNo = peopleByNo.get(token);
      if (byNo) return byNo;
      const named = peopleByName.get(token) ?? [];
      if (named.length === 1) return named[0];
      issue(field, named.length > 1 ? 'ledgerImport.ambiguousPerson' : 'ledgerImport.unknownPerson');
      return undefined;
    };

    let existing: io.ExistingItem | undefined;
    if (v.externalNo) {
      const twin = seenNo.get(v.externalNo);
      if (twin !== undefined) issue('externalNo', 'import.duplicateInFile', { row: twin });
      else seenNo.set(v.externalNo, row);
      existing = existingByNo.get(v.externalNo);
    }

    if (v.category && w.categories.length > 0 && !w.categories.includes(v.category))
      issue('category', 'ledgerImport.unknownCategory', { categories: categoryList });

    let node: io.ScopeNode | undefined;
    if (v.responsibleOrg) {
      const named = byName.get(v.responsibleOrg) ?? [];
      node = byCode.get(v.responsibleOrg) ?? (named.length === 1 ? named[0] : undefined);
      if (!node)
        issue(
          'responsibleOrg',
          named.length > 1
            ? 'ledgerImport.ambiguousOrg'
            : w.knownNodes.has(v.responsibleOrg)
              ? 'ledgerImport.orgOutOfScope'
              : 'ledgerImport.unknownOrg',
        );
    }
    const responsible = person('responsiblePerson');
    const leader = w.kind === 'research_topic' ? person('leader') : undefined;

    let methods: string[] | undefined;
    if (w.kind === 'research_topic' && v.methods) {
      const parts = v.methods.split(MULTI_SEPARATOR).map((s) => s.trim()).filter(Boolean);
      const unknown = parts.find((s) => !matchEnum(OPTIONS.method, s));
      if (unknown) issue('methods', 'import.badValue', { value: unknown });
      else methods = [...new Set(parts.map((s) => matchEnum(OPTIONS.method, s)!))];
    }

    // 立行立改 is decided at registration: a re-import may repeat it, not change it.
    const saidFixed = v.fixedAtOnce === null ? undefined : v.fixedAtOnce === 'yes';
    if (existing && saidFixed !== undefined && saidFixed !== existing.fixedAtOnce)
      issue('fixedAtOnce', 'ledgerImport.fixedAtOnceChanged', {
        current: existing.fixedAtOnce ? 'ledgerImport.yesNo.yes' : 'ledgerImport.yesNo.no',
      });
    const fixed = existing ? existing.fixedAtOnce : saidFixed === true;
    const registeredOn = existing ? existing.registeredOn : (v.registeredOn ?? w.today);
    // A blank optional cell keeps what an existing item has.
    const deadline = v.deadline ?? existing?.deadline ?? null;
    if (!deadline && !fixed && !refusedCells.has(`${row}:deadline`))
      issue('deadline', 'ledgerItem.deadlineRequired');
    else if (deadline && deadline < registeredOn) issue('deadline', 'ledgerItem.deadlineOrder');

    const given: Record<string, unknown> = {
      practical_matter: { source: v.source, beneficiaries: v.beneficiaries, phase: v.phase },
      problem: { source: v.source, severity: v.severity, measures: v.measures },
      research_topic: { leaderPersonId: leader?.id, methods },
      key_task: { aspect: v.aspect },
      special_check: { checkType: v.checkType },
    }[w.kind] as Record<string, unknown>;
    const filled = Object.fromEntries(Object.entries(given).filter(([, x]) => x !== null && x !== undefined));
    if (bad) return;

    const merged = { ...(w.kind === 'problem' ? { measures: '' } : {}), ...(existing?.fields ?? {}), ...filled };
    const parsed = itemFieldsByKind[w.kind].safeParse(merged);
    if (!parsed.success) {
      issue(columnOfField(String(parsed.error.issues[0]?.path[0] ?? 'title')), 'ledgerItem.badFields');
      return;
    }
    const plan: Omit<io.ItemPlan, 'id'> = {
      title: v.title!,
      description: v.description ?? existing?.description ?? null,
      category: v.category ?? existing?.category ?? null,
      fields: parsed.data as Record<string, unknown>,
      responsibleOrgId: node!.id,
      responsiblePath: node!.path,
      responsiblePersonId: responsible?.id ?? existing?.responsiblePersonId ?? null,
      deadline,
    };

    if (existing) {
      const changed = PLAN_KEYS.filter((k) => canonical(plan[k] ?? null) !== canonical(existing[k] ?? null));
      if (changed.length === 0) planned.unchanged++;
      else
        planned.updates.push({
          plan: { ...plan, id: existing.id },
          version: existing.version,
          before: Object.fromEntries(changed.map((k) => [k, existing[k]])),
        });
      return;
    }
    planned.creates.push({
      ...plan,
      id: 0, // numbered when written
      ledgerId: w.ledgerId,
      kind: w.kind,
      externalNo: v.externalNo,
      fixedAtOnce: fixed,
      registeredOn,
      // 立行立改: closed on the day it is registered, as createItem does.
      status: fixed ? 'closed' : 'registered',
      progress: fixed ? 100 : 0,
      closedOn: fixed ? registeredOn : null,
      closedBy: fixed ? w.closedBy : null,
    });
  });
  return planned;
}

/** Every issue of the file, in row and column order, as one 400 IMPORT_INVALID; nothing is written. */
function rejectIfAny(issues: RowIssue[], columns: readonly ItemColumn[], locale: Locale) {
  if (issues.length === 0) return;
  const order = new Map(columns.map((c, i) => [c.key as string, i]));
  const sorted = [...issues].sort((a, b) => a.row - b.row || order.get(a.field)! - order.get(b.field)!);
  const details: ImportRowError[] = sorted.map((issue) => {
    const column = translate(locale, columns[order.get(issue.field)!]!.label);
    return { row: issue.row, column, field: issue.field, message: translate(locale, issue.key, { column, ...issue.params }) };
  });
  throw new DomainError(400, 'IMPORT_INVALID', 'import.rowErrors', { count: new Set(issues.map((i) => i.row)).size }, details);
}

const isUniqueViolation = (err: unknown): boolean => {
  const codeOf = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined);
  return codeOf(err) === '23505' || codeOf((err as { cause?: unknown })?.cause) === '23505';
};

/** The names, staff numbers and 编号 the rows mention, so each lookup is one query. */
function mentioned(values: readonly Values[]) {
  const names = new Set<string>();
  const numbers = new Set<string>();
  const nodes = new Set<string>();
  for (const v of values) {
    for (const text of [v.responsiblePerson, v.leader]) {
      if (!text) continue;
      const said = parsePersonText(text);
      names.add(text.trim());
      numbers.add(text.trim());
      if (said.name) names.add(said.name);
      if (said.employeeNo) numbers.add(said.employeeNo);
    }
    if (v.responsibleOrg) nodes.add(v.responsibleOrg);
  }
  const externalNos = [...new Set(values.map((v) => v.externalNo).filter((n): n is string => !!n))];
  return { names: [...names], numbers: [...numbers], nodes: [...nodes], externalNos };
}

const visibleNodes = (actor: Actor, nodes: io.ScopeNode[]) => nodes.filter((n) => policy.canReadLedger(actor, n.path));

/**
 * Imports the items of an .xlsx file into list `ledgerId` (the caller must manage it: 404 / 403 otherwise).
 * All rows or none: a bad row rejects the file with 400 IMPORT_INVALID and every problem as
 * `details: { row, column, field, message }[]`. With `dryRun` nothing is written.
 */
export async function importLedgerItems(
  ctx: Ctx,
  ledgerId: number,
  file: Buffer,
  { dryRun = false, fileName = 'import.xlsx', locale = 'zh-CN' }: LedgerImportOptions = {},
): Promise<LedgerImportResult> {
  const { ledger: found } = await loadManaged(ctx, ledgerId); // refused before the file is even read
  const kind = found.kind as LedgerKind;
  const columns = importColumns(kind);
  const rows = readTable(await loadWorkbook(file), columns, locale);
  const issues: RowIssue[] = [];
  const values = rows.map((r) => readValues(r, columns, issues));
  const wanted = mentioned(values);

  let outcome: { counts: LedgerImportResult; written: number };
  try {
    outcome = await ctx.db.transaction(async (tx) => {
      const { ledger } = await loadManaged(ctx, ledgerId, tx);
      const nodes = visibleNodes(ctx.actor, await io.nodesUnder(tx, ledger.ownerPath));
      const inScope = new Set(nodes.flatMap((n) => (n.code ? [n.name, n.code] : [n.name])));
      const world: ImportWorld = {
        kind,
        ledgerId,
        categories: ledger.categories,
        nodes,
        knownNodes: await io.knownNodeNames(
          tx,
          wanted.nodes.filter((n) => !inScope.has(n)),
        ),
        people: await io.peopleUnder(tx, ledger.ownerPath, wanted.names, wanted.numbers),
        existing: await io.itemsByExternalNo(tx, ledgerId, wanted.externalNos),
        today: todayIn(ctx.timeZone),
        closedBy: ctx.actor.personId || null,
      };
      const planned = planRows(rows, values, world, issues);
      rejectIfAny(issues, columns, locale);
      const counts: LedgerImportResult = {
        rows: rows.length,
        created: planned.creates.length,
        updated: planned.updates.length,
        unchanged: planned.unchanged,
        dryRun,
      };
      if (dryRun) return { counts, written: 0 };

      const ids = await io.nextItemIds(tx, planned.creates.length);
      const creates = planned.creates.map((c, i) => ({ ...c, id: ids[i]! }));
      await io.insertItems(tx, creates);
      await io.insertCloseUpdates(
        tx,
        creates.filter((c) => c.fixedAtOnce).map((c) => ({ itemId: c.id, on: c.registeredOn, personId: c.closedBy })),
      );
      const done = await io.updateItemPlans(
        tx,
        planned.updates.map((u) => u.plan),
        planned.updates.map((u) => u.version),
      );
      if (done !== planned.updates.length) throw conflict(); // an item changed since it was read
      // One entry for the file; the ids name every item it touched, the before-values what an update replaced.
      await recordAudit(tx, ctx, {
        action: 'ledgerItem.import',
        entityType: 'ledger',
        entityId: ledgerId,
        orgId: ledger.ownerOrgId,
        summary: fileName,
        before: { updated: planned.updates.map((u) => ({ id: u.plan.id, ...u.before })) },
        after: {
          fileName,
          rows: counts.rows,
          created: counts.created,
          updated: counts.updated,
          unchanged: counts.unchanged,
          createdIds: ids,
          updatedIds: planned.updates.map((u) => u.plan.id),
        },
      });
      return { counts, written: creates.length + planned.updates.length };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('error.conflict'); // a 编号 registered meanwhile
    throw err;
  }
  if (outcome.written >= ANALYZE_AFTER) await io.analyzeItems(ctx.db);
  return outcome.counts;
}

// —— the template ——

/** exceljs has worksheet.dataValidations at runtime but leaves it out of its type definitions. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };
const optionalFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** The example row (codes for enumerations, shown by their label); its unit does not exist, so a forgotten row fails. */
const EXAMPLE_COMMON: Partial<Record<ColumnKey, string>> = {
  externalNo: 'SL-001',
  responsibleOrg: '示例公司第一党支部',
  responsiblePerson: '张三',
  deadline: '2026-12-31',
  registeredOn: '2026-06-01',
  fixedAtOnce: 'no',
};
const EXAMPLES: Record<LedgerKind, Partial<Record<ColumnKey, string>>> = {
  practical_matter: {
    title: '解决职工食堂就餐排队时间长的问题',
    description: '增设两个取餐窗口，高峰期错峰就餐',
    beneficiaries: '机关及一线职工',
    source: '走下去听',
    phase: '第一批',
  },
  problem: {
    title: '“三会一课”记录不规范',
    description: '部分支部会议记录要素不全',
    source: 'self_check',
    severity: 'general',
    measures: '统一记录模板，开展专项培训，每季度抽查',
  },
  research_topic: {
    title: '基层减负情况调研',
    description: '了解基层报表、会议、检查的负担',
    leader: '李四',
    methods: 'individual_interview|questionnaire',
  },
  key_task: { title: '完善党建工作责任制考核办法', description: '修订考核指标，年底前印发', aspect: '党建责任' },
  special_check: { title: '党员组织关系排查', description: '核对党员组织关系所在支部', checkType: '组织关系' },
};

/** Options of a column in the template (labels), or undefined when it is free text. */
function optionsOf(c: ItemColumn, categories: string[], locale: Locale): string[] | undefined {
  if (c.key === 'category') return categories.length > 0 ? categories : undefined;
  if (c.key === 'methods') return optionLabels(OPTIONS.method, locale);
  return c.options ? optionLabels(c.options, locale) : undefined;
}

function exampleCell(c: ItemColumn, value: string | undefined, locale: Locale): string {
  if (!value) return '';
  if (c.key === 'methods')
    return joinLabels(
      locale,
      value.split('|').map((m) => labelOf(locale, OPTIONS.method, m)),
    );
  return c.options ? labelOf(locale, c.options as EnumOptions, value) : value;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The import template of a list in the user's language: the data sheet with the kind's columns (notes on the
 * headers, drop-downs for categories and coded values), an options sheet the drop-downs read, and 说明.
 */
export async function importTemplate(ctx: Ctx, ledgerId: number, locale: Locale): Promise<{ fileName: string; body: Buffer }> {
  const { ledger } = await loadLedger(ctx, ledgerId);
  const kind = ledger.kind as LedgerKind;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const columns = importColumns(kind);
  const wb = new ExcelJS.Workbook();
  wb.creator = t('app.fullName');
  const sheetName = t('ledgerImport.sheet.items');
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const optionsSheet = wb.addWorksheet(t('ledgerImport.sheet.options'));

  ws.columns = columns.map((c) => ({ header: `${t(c.label)}${c.required ? '*' : ''}`, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  let optionColumn = 0;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = c.required ? headerFill : optionalFill;
    cell.note = t(c.note);
    const column = ws.getColumn(i + 1);
    if (c.asText) column.numFmt = '@';
    if (c.kind === 'date') column.numFmt = 'yyyy-mm-dd';
    const options = optionsOf(c, ledger.categories, locale);
    if (!options) return;
    // Drop-downs read a range of the options sheet: an inline list stops at 255 characters.
    optionColumn++;
    const target = optionsSheet.getColumn(optionColumn);
    target.width = Math.max(12, c.width);
    optionsSheet.getCell(1, optionColumn).value = t(c.label);
    optionsSheet.getCell(1, optionColumn).font = { bold: true };
    options.forEach((o, j) => (optionsSheet.getCell(j + 2, optionColumn).value = o));
    if (c.key === 'methods') return; // several values in one cell: a drop-down would refuse them
    (ws as unknown as WithValidations).dataValidations.add(`${column.letter}2:${column.letter}${IMPORT_MAX_ROWS + 1}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`${quoteSheet(optionsSheet.name)}!$${target.letter}$2:$${target.letter}$${options.length + 1}`],
      showErrorMessage: true,
    });
  });
  const example = { ...EXAMPLE_COMMON, ...EXAMPLES[kind], category: ledger.categories[0] ?? '' };
  const exampleRow = ws.addRow(columns.map((c) => exampleCell(c, example[c.key], locale)));
  exampleRow.font = { italic: true, color: { argb: 'FF888888' } };

  const help = wb.addWorksheet(t('import.sheet.help'));
  help.columns = [
    { header: t('import.help.column'), width: 18 },
    { header: t('import.help.required'), width: 10 },
    { header: t('import.help.description'), width: 70 },
    { header: t('import.help.values'), width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) {
    const options = optionsOf(c, ledger.categories, locale);
    help.addRow([t(c.label), t(c.required ? 'import.help.yes' : 'import.help.no'), t(c.note), options ? joinLabels(locale, options) : '']);
  }
  help.addRow([]);
  const categories =
    ledger.categories.length > 0
      ? t('ledgerImport.help.categories', { categories: joinLabels(locale, ledger.categories) })
      : t('ledgerImport.help.anyCategory');
  for (const line of [
    t('import.help.example', { sheet: sheetName }),
    categories,
    t('ledgerImport.help.fixedAtOnce'),
    t('ledgerImport.help.update'),
    t('import.help.dates'),
    t('import.help.atomic'),
  ])
    help.addRow([line]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const body = Buffer.from(await wb.xlsx.writeBuffer());
  const safeTitle = ledger.title.replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: t('ledgerImport.file.template', { ledger: safeTitle }), body };
}

