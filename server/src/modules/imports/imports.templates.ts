// Column definitions of the two imports and the downloadable .xlsx templates (导入模板) built from them.
import ExcelJS from 'exceljs';
import { GENDERS, ORG_TYPES, PARTY_STATUSES, type Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import { IMPORT_MAX_ROWS, type ImportKind } from '@xianfeng/shared/schemas/imports';

export interface EnumOptions {
  /** Label prefix (messages/labels.ts here; other importers keep their own): a value `v` is shown as `${prefix}.${v}`. */
  prefix: string;
  values: readonly string[];
  /** Other spellings found in real rosters, mapped to a value. */
  aliases?: Record<string, string>;
}

export interface ColumnDef<K extends string = string> {
  key: K;
  label: MessageKey;
  note: MessageKey;
  required: boolean;
  kind: 'text' | 'date' | 'enum';
  /** Longest text accepted. */
  max?: number;
  options?: EnumOptions;
  /** Keep as text in the template so Excel does not turn numbers into 1.38E+10. */
  asText?: boolean;
  width: number;
}

const col = <K extends string>(
  key: K,
  domain: 'org' | 'person',
  rest: Omit<ColumnDef<K>, 'key' | 'label' | 'note'>,
): ColumnDef<K> => ({
  key,
  label: `import.col.${domain}.${key}` as MessageKey,
  note: `import.note.${domain}.${key}` as MessageKey,
  ...rest,
});

// A 党组 (leading group) can only be a top node, so an import (always under a node) never creates one.
const importableOrgTypes = ORG_TYPES.filter((t) => t !== 'leading_group');

export const ORG_COLUMNS = [
  col('name', 'org', { required: true, kind: 'text', max: 100, width: 28 }),
  col('type', 'org', { required: true, kind: 'enum', options: { prefix: 'orgType', values: importableOrgTypes }, width: 12 }),
  col('parent', 'org', { required: true, kind: 'text', max: 100, width: 28 }),
  col('code', 'org', { required: false, kind: 'text', max: 50, asText: true, width: 16 }),
  col('unitName', 'org', { required: false, kind: 'text', max: 100, width: 24 }),
  col('establishedOn', 'org', { required: false, kind: 'date', width: 14 }),
  col('termEndsOn', 'org', { required: false, kind: 'date', width: 14 }),
] as const;

export const PEOPLE_COLUMNS = [
  col('name', 'person', { required: true, kind: 'text', max: 50, width: 12 }),
  col('gender', 'person', { required: false, kind: 'enum', options: { prefix: 'gender', values: GENDERS }, width: 8 }),
  col('birthDate', 'person', { required: false, kind: 'date', width: 14 }),
  col('ethnicity', 'person', { required: false, kind: 'text', max: 20, width: 10 }),
  col('education', 'person', { required: false, kind: 'text', max: 30, width: 12 }),
  col('phone', 'person', { required: false, kind: 'text', max: 30, asText: true, width: 15 }),
  col('employeeNo', 'person', { required: false, kind: 'text', max: 50, asText: true, width: 12 }),
  col('partyStatus', 'person', {
    required: true,
    kind: 'enum',
    // 政治面貌 as HR systems write it: 中共党员 is a full member, 中共预备党员 a probationary one.
    options: {
      prefix: 'partyStatus',
      values: PARTY_STATUSES,
      aliases: { 中共党员: 'full_member', 中共预备党员: 'probationary_member' },
    },
    width: 14,
  }),
  col('joinedOn', 'person', { required: false, kind: 'date', width: 14 }),
  col('fullMemberOn', 'person', { required: false, kind: 'date', width: 14 }),
  col('org', 'person', { required: true, kind: 'text', max: 100, width: 28 }),
  col('startOn', 'person', { required: false, kind: 'date', width: 16 }),
] as const;

export type OrgField = (typeof ORG_COLUMNS)[number]['key'];
export type PersonField = (typeof PEOPLE_COLUMNS)[number]['key'];

export const COLUMNS: Record<ImportKind, readonly ColumnDef[]> = { orgs: ORG_COLUMNS, people: PEOPLE_COLUMNS };

/** The example row of each template (enumerations as codes, shown by their label). */
const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  orgs: {
    name: '示例公司第一党支部',
    type: 'branch',
    parent: '示例公司党委',
    code: 'SL-ZB-01',
    unitName: '示例公司',
    establishedOn: '2020-07-01',
    termEndsOn: '2026-06-30',
  },
  people: {
    name: '张三',
    gender: 'male',
    birthDate: '1985-03-12',
    ethnicity: '汉族',
    education: '大学本科',
    phone: '13800000000',
    employeeNo: 'E0001',
    partyStatus: 'full_member',
    joinedOn: '2010-06-30',
    fullMemberOn: '2011-07-01',
    org: '示例公司第一党支部',
    startOn: '2020-07-01',
  },
};

const SHEET: Record<ImportKind, MessageKey> = { orgs: 'import.sheet.orgs', people: 'import.sheet.people' };
const FILE: Record<ImportKind, MessageKey> = { orgs: 'import.file.orgs', people: 'import.file.people' };

export const optionLabels = (o: EnumOptions, locale: Locale) =>
  o.values.map((v) => translate(locale, `${o.prefix}.${v}` as MessageKey));

/** exceljs has worksheet.dataValidations at runtime but leaves it out of its type definitions. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };
const optionalFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** The template of an import in the user's language: a data sheet and a 说明 (instructions) sheet. */
export async function buildTemplate(kind: ImportKind, locale: Locale): Promise<{ fileName: string; body: Buffer }> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const columns = COLUMNS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = t('app.fullName');
  const sheetName = t(SHEET[kind]);
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });

  ws.columns = columns.map((c) => ({ header: `${t(c.label)}${c.required ? '*' : ''}`, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = c.required ? headerFill : optionalFill;
    cell.note = t(c.note);
    const letter = ws.getColumn(i + 1).letter;
    if (c.asText) ws.getColumn(i + 1).numFmt = '@';
    if (c.kind === 'date') ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    if (c.options) {
      (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${IMPORT_MAX_ROWS + 1}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${optionLabels(c.options, locale).join(',')}"`],
        showErrorMessage: true,
      });
    }
  });
  const example = EXAMPLES[kind];
  const exampleRow = ws.addRow(
    columns.map((c) => {
      const v = example[c.key] ?? '';
      return c.options ? t(`${c.options.prefix}.${v}` as MessageKey) : v;
    }),
  );
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
    const values = c.options ? optionLabels(c.options, locale).join(locale === 'zh-CN' ? '、' : ', ') : '';
    help.addRow([t(c.label), t(c.required ? 'import.help.yes' : 'import.help.no'), t(c.note), values]);
  }
  help.addRow([]);
  for (const key of ['import.help.example', 'import.help.dates', 'import.help.atomic'] as const) {
    help.addRow([t(key, { sheet: sheetName })]);
  }
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: t(FILE[kind]), body };
}
