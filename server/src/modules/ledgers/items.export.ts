// Ledger items to .xlsx (导出): every item the list page's filters match in the caller's scope, one sheet,
// headers in the caller's language. The import's columns carry the import's headers, so the file of one
// list imports into it again (rows with a 编号 update their item).
import type { Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import { ITEMS_EXPORT_MAX_ROWS, type ItemsExportQuery } from '@xianfeng/shared/schemas/ledgerImports';
import type { ItemSummary, LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { tableWorkbook } from '../../core/xlsx';
import {
  type ColumnKey,
  fieldColumnsOf,
  joinLabels,
  labelOf,
  OPTIONS,
  type PersonRef,
  personText,
  sourceOptions,
  YES_NO,
} from './items.columns';
import * as io from './items.io.queries';
import { listItems } from './items.service';

/** An item with what the export shows beyond its summary. */
export interface ExportRow extends ItemSummary {
  ledgerTitle: string;
  description: string | null;
  fields: Record<string, unknown>;
}

interface Column {
  label: MessageKey;
  width: number;
  date?: boolean;
  value: (r: ExportRow) => string | number | Date | null;
}

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The columns: the list's view of an item, then its description and the fields of the kinds present. */
function columnsOf(rows: readonly ExportRow[], people: Map<number, PersonRef>, locale: Locale): Column[] {
  const t = (key: MessageKey) => translate(locale, key);
  const person = (id: unknown) => {
    const p = typeof id === 'number' ? people.get(id) : undefined;
    return p ? personText(p) : null;
  };
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const fieldValue = (key: ColumnKey, r: ExportRow): string | null => {
    const f = r.fields;
    switch (key) {
      case 'source':
        return typeof f.source === 'string' ? labelOf(locale, sourceOptions(r.kind), f.source) : null;
      case 'severity':
        return typeof f.severity === 'string' ? labelOf(locale, OPTIONS.severity, f.severity) : null;
      case 'methods':
        return Array.isArray(f.methods)
          ? joinLabels(
              locale,
              f.methods.map((m) => labelOf(locale, OPTIONS.method, String(m))),
            )
          : null;
      case 'leader':
        return person(f.leaderPersonId);
      default:
        return text(f[key]);
    }
  };
  const kinds = [...new Set(rows.map((r) => r.kind))] as LedgerKind[];
  return [
    { label: 'ledgerImport.col.externalNo', width: 12, value: (r) => r.externalNo },
    { label: 'ledgerImport.col.ledger', width: 24, value: (r) => r.ledgerTitle },
    { label: 'ledgerImport.col.kind', width: 14, value: (r) => t(`ledgerKind.${r.kind}`) },
    { label: 'ledgerImport.col.title', width: 36, value: (r) => r.title },
    { label: 'ledgerImport.col.category', width: 14, value: (r) => r.category },
    { label: 'ledgerImport.col.responsibleOrg', width: 26, value: (r) => r.responsibleName },
    { label: 'ledgerImport.col.responsiblePerson', width: 16, value: (r) => person(r.responsiblePersonId) },
    { label: 'ledgerImport.col.deadline', width: 13, date: true, value: (r) => asDate(r.deadline) },
    { label: 'ledgerImport.col.status', width: 10, value: (r) => t(`itemStatus.${r.status}`) },
    { label: 'ledgerImport.col.progress', width: 9, value: (r) => r.progress },
    { label: 'ledgerImport.col.colour', width: 10, value: (r) => t(`itemColour.${r.colour}`) },
    { label: 'ledgerImport.col.fixedAtOnce', width: 9, value: (r) => labelOf(locale, YES_NO, r.fixedAtOnce ? 'yes' : 'no') },
    { label: 'ledgerImport.col.registeredOn', width: 13, date: true, value: (r) => asDate(r.registeredOn) },
    { label: 'ledgerImport.col.closedOn', width: 13, date: true, value: (r) => asDate(r.closedOn) },
    { label: 'ledgerImport.col.description', width: 40, value: (r) => r.description },
    ...fieldColumnsOf(kinds).map((c) => ({ label: c.label, width: c.width, value: (r: ExportRow) => fieldValue(c.key, r) })),
  ];
}

/**
 * Every item matching the filters of GET /api/ledger-items in the caller's scope, in the list's order (by deadline).
 * More than ITEMS_EXPORT_MAX_ROWS is refused (400) rather than cut silently.
 */
export async function itemsForExport(ctx: Ctx, query: ItemsExportQuery): Promise<{ rows: ExportRow[]; people: PersonRef[] }> {
  const page = await listItems(ctx, { ...query, page: 1, pageSize: ITEMS_EXPORT_MAX_ROWS + 1 });
  if (page.total > ITEMS_EXPORT_MAX_ROWS) throw invalid('ledgerImport.exportTooLarge', { max: ITEMS_EXPORT_MAX_ROWS });
  const extras = new Map((await io.exportExtras(ctx.db, page.items.map((i) => i.id))).map((e) => [e.id, e]));
  const rows = page.items.map((i) => {
    const e = extras.get(i.id)!;
    return { ...i, ledgerTitle: e.ledgerTitle, description: e.description, fields: e.fields };
  });
  const personIds = new Set<number>();
  for (const r of rows) {
    if (r.responsiblePersonId) personIds.add(r.responsiblePersonId);
    if (typeof r.fields.leaderPersonId === 'number') personIds.add(r.fields.leaderPersonId);
  }
  return { rows, people: await io.peopleByIds(ctx.db, [...personIds]) };
}

/** The items as an .xlsx file, written with the streaming writer (shared strings off) so 50,000 rows stay light. */
export async function itemsWorkbook(rows: readonly ExportRow[], people: readonly PersonRef[], locale: Locale): Promise<Buffer> {
  const cols = columnsOf(rows, new Map(people.map((p) => [p.id, p])), locale);
  return tableWorkbook(
    translate(locale, 'ledgerImport.sheet.export'),
    cols.map((c) => ({ ...c, header: translate(locale, c.label) })),
    rows,
  );
}

/** The export file of the filters, named in the caller's language. */
export async function exportItems(ctx: Ctx, query: ItemsExportQuery, locale: Locale): Promise<{ fileName: string; body: Buffer }> {
  const { rows, people } = await itemsForExport(ctx, query);
  return { fileName: translate(locale, 'ledgerImport.file.export'), body: await itemsWorkbook(rows, people, locale) };
}
