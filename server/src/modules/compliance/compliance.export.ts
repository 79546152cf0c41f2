import ExcelJS from 'exceljs';
import type { Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import type { ComplianceColumn, ComplianceRow, ComplianceTable } from '@xianfeng/shared/schemas/compliance';

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const RED_TEXT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const FIXED = 5;

/**
 * The compliance table (合规统计表) as .xlsx: a title line with the window, one header row, a row per
 * child node and the total; each rule cell reads "compliant/nodes" and is filled red when not all comply.
 */
export async function complianceWorkbook(table: ComplianceTable, orgName: string, locale: Locale): Promise<Buffer> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const book = new ExcelJS.Workbook();
  book.creator = 'Xianfeng';
  const sheet = book.addWorksheet(t('compliance.sheet'), { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });

  const ruleHeader = (c: ComplianceColumn) =>
    t('compliance.header.rule', {
      kind: c.kindName,
      target: c.orgType === 'member' ? 'ruleTarget.member' : `orgType.${c.orgType}`,
      period: `rulePeriod.${c.period}`,
      minCount: c.minCount,
    });
  const headers = [
    t('compliance.header.org'),
    t('compliance.header.type'),
    t('compliance.header.nodes'),
    t('compliance.header.compliant'),
    t('compliance.header.share'),
    ...table.columns.map(ruleHeader),
  ];
  const title = sheet.addRow([`${orgName}  ${t('compliance.header.window', { from: table.from, to: table.to })}`]);
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, headers.length);
  const head = sheet.addRow(headers);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  head.height = 36;

  const addRow = (r: ComplianceRow, name: string, bold = false) => {
    const row = sheet.addRow([
      name,
      t(`orgType.${r.type}`),
      r.nodes,
      r.compliant,
      r.share,
      ...r.cells.map((c) => (c.nodes ? t('compliance.cell', { compliant: c.compliant, nodes: c.nodes }) : '—')),
    ]);
    if (bold) row.font = { bold };
    const red = { fill: RED, font: { ...RED_TEXT, bold } };
    row.getCell(5).numFmt = '0.0%';
    if (r.nodes > r.compliant) {
      for (const i of [4, 5]) Object.assign(row.getCell(i), red);
    }
    r.cells.forEach((c, i) => {
      const cell = row.getCell(FIXED + 1 + i);
      cell.alignment = { horizontal: 'center' };
      if (c.held || c.heldOnTime) cell.note = t('compliance.cellNote', { held: c.held, heldOnTime: c.heldOnTime });
      if (c.compliant < c.nodes) Object.assign(cell, red);
    });
  };
  for (const r of table.children) addRow(r, r.name);
  addRow(table.total, t('compliance.header.total'), true);

  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 10;
  for (const i of [3, 4, 5]) sheet.getColumn(i).width = 12;
  for (let i = 0; i < table.columns.length; i++) sheet.getColumn(FIXED + 1 + i).width = 18;
  return Buffer.from(await book.xlsx.writeBuffer());
}
