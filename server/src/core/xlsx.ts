// One-sheet .xlsx tables for exports: the streaming writer (shared strings off), so 100,000 rows stay light;
// a bold frozen header with an auto-filter, dates as real date cells.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export interface SheetColumn<R> {
  header: string;
  width: number;
  /** The value is a Date shown as yyyy-mm-dd. */
  date?: boolean;
  value: (row: R) => string | number | boolean | Date | null;
}

export async function tableWorkbook<R>(sheetName: string, columns: readonly SheetColumn<R>[], rows: Iterable<R>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));

  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: c.date ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).commit();
  for (const r of rows) sheet.addRow(columns.map((c) => c.value(r))).commit();
  sheet.commit();
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}
