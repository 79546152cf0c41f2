// Reading an uploaded .xlsx: find the header row (zh-CN or en-US), then turn each row's cells into
// checked values. Problems are collected per row, never thrown one at a time.
import ExcelJS from 'exceljs';
import type { Locale } from '@xianfeng/shared/domain';
import { catalogues, translate, type MessageKey } from '@xianfeng/shared/i18n';
import { IMPORT_MAX_ROWS } from '@xianfeng/shared/schemas/imports';
import { DomainError, invalid } from '../../core/errors';
import type { ColumnDef, EnumOptions } from './imports.templates';

export type Cell = string | number | boolean | Date | null;

/** A problem in one cell; translated when the whole file has been checked. */
export interface RowIssue {
  row: number;
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface DataRow {
  /** The Excel row number, as the user sees it. */
  row: number;
  cells: Map<string, Cell>;
}

const norm = (s: string) => s.replace(/[\s*＊]/g, '').toLowerCase();

export async function loadWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('import.badFile');
  }
  return wb;
}

/** The plain value of a cell: rich text joined, formulas by their cached result, hyperlinks by their text. */
export function plain(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return null;
}

const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

/** Header names each column answers to: its zh-CN and en-US labels and its key. */
function headerIndex(columns: readonly ColumnDef[]) {
  const index = new Map<string, ColumnDef>();
  for (const c of columns) {
    for (const name of [catalogues['zh-CN'][c.label], catalogues['en-US'][c.label], c.key]) index.set(norm(name), c);
  }
  return index;
}

/**
 * The data rows of the sheet whose header row (within its first 10 rows) names the most columns.
 * Missing required columns reject the file; blank rows are skipped.
 */
export function readTable(wb: ExcelJS.Workbook, columns: readonly ColumnDef[], locale: Locale): DataRow[] {
  const index = headerIndex(columns);
  let best: { ws: ExcelJS.Worksheet; row: number; map: Map<string, number> } | undefined;
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const map = new Map<string, number>();
      ws.getRow(r).eachCell((cell, colNumber) => {
        const text = plain(cell.value);
        const def = typeof text === 'string' ? index.get(norm(text)) : undefined;
        if (def && !map.has(def.key)) map.set(def.key, colNumber);
      });
      if (map.size > (best?.map.size ?? 0)) best = { ws, row: r, map };
    }
  }
  const missing = columns.filter((c) => c.required && !best?.map.has(c.key));
  if (!best || missing.length > 0) {
    const headerRow = best?.row ?? 1;
    const details = missing.map((c) => {
      const column = translate(locale, c.label);
      return { row: headerRow, column, field: c.key, message: translate(locale, 'import.missingColumn', { column }) };
    });
    const all = details.map((d) => d.column).join(locale === 'zh-CN' ? '、' : ', ');
    throw new DomainError(400, 'IMPORT_INVALID', 'import.missingColumn', { column: all }, details);
  }
  const { ws, row: headerRow, map } = best;
  const rows: DataRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells = new Map<string, Cell>();
    for (const [key, colNumber] of map) cells.set(key, plain(row.getCell(colNumber).value));
    if ([...cells.values()].some((c) => !isBlank(c))) rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw invalid('import.empty');
  if (rows.length > IMPORT_MAX_ROWS) throw invalid('import.tooManyRows', { max: IMPORT_MAX_ROWS });
  return rows;
}

/** Text of a cell: numbers as typed (a phone number stays whole), dates as YYYY-MM-DD. */
export function textOf(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return isoDate(c);
  return String(c).trim();
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return isoDate(date);
}

/**
 * A calendar date from an Excel date cell (exceljs reads them as UTC midnight), an Excel serial
 * number, YYYYMMDD, or text such as 2024-03-01, 2024/3/1, 2024.03 (the 1st), 2024年3月1日.
 */
export function parseDate(c: Cell): string | undefined {
  if (c instanceof Date)
    return Number.isNaN(c.getTime()) ? undefined : ymd(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c >= 19000101 && c <= 21001231)
      return ymd(Math.floor(c / 10000), Math.floor(c / 100) % 100, c % 100);
    if (c < 1 || c > 73051) return undefined; // serials of 1900-01-01 … 2100-01-01
    return isoDate(new Date(EXCEL_EPOCH + Math.floor(c) * 86_400_000));
  }
  const s = textOf(c).replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?$/.exec(s);
  return m ? ymd(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1) : undefined;
}

/** Spellings of an enumeration's values (labels in both languages, codes, aliases) → value. */
const enumIndexes = new WeakMap<EnumOptions, Map<string, string>>();
function enumIndex(o: EnumOptions) {
  let index = enumIndexes.get(o);
  if (!index) {
    index = new Map<string, string>();
    for (const v of o.values) {
      const key = `${o.prefix}.${v}` as MessageKey;
      for (const name of [catalogues['zh-CN'][key], catalogues['en-US'][key], v]) index.set(norm(name), v);
    }
    for (const [alias, v] of Object.entries(o.aliases ?? {})) index.set(norm(alias), v);
    enumIndexes.set(o, index);
  }
  return index;
}

/** The value an enumeration's spelling stands for (label in either language, code or alias), if any. */
export const matchEnum = (o: EnumOptions, text: string): string | undefined => enumIndex(o).get(norm(text));

/**
 * The row's values by column key, checked against the column definitions (required, length, date,
 * enumeration); a bad cell adds an issue and reads as null.
 */
export function readValues<K extends string>(
  row: DataRow,
  columns: readonly ColumnDef<K>[],
  issues: RowIssue[],
): Record<K, string | null> {
  const values = {} as Record<K, string | null>;
  for (const c of columns) {
    const cell = row.cells.get(c.key) ?? null;
    const text = textOf(cell);
    values[c.key] = null;
    const issue = (key: MessageKey, params: Record<string, string | number> = {}) =>
      issues.push({ row: row.row, field: c.key, key, params: { value: text, ...params } });
    if (text === '') {
      if (c.required) issue('import.required');
      continue;
    }
    if (c.kind === 'date') {
      const date = parseDate(cell);
      if (date) values[c.key] = date;
      else issue('import.badDate');
    } else if (c.kind === 'enum' && c.options) {
      const value = enumIndex(c.options).get(norm(text));
      if (value) values[c.key] = value;
      else issue('import.badValue');
    } else if (c.max !== undefined && text.length > c.max) {
      issue('import.tooLong', { max: c.max });
    } else {
      values[c.key] = text;
    }
  }
  return values;
}
