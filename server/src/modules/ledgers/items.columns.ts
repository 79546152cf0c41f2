// The .xlsx columns of ledger items (清单事项): the import's columns per kind (template and parser read them),
// the labels of coded values, and how a person is written in a cell. The export writes the same headers,
// so an exported file imports again.
import type { Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import { itemFieldsByKind, LEDGER_KINDS, type LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { ColumnDef, EnumOptions } from '../imports';

/** Columns every kind has, then the kind's own fields (itemFieldsByKind). */
export type CommonKey =
  | 'externalNo'
  | 'title'
  | 'category'
  | 'responsibleOrg'
  | 'responsiblePerson'
  | 'deadline'
  | 'registeredOn'
  | 'fixedAtOnce'
  | 'description';
export type FieldKey = 'beneficiaries' | 'source' | 'phase' | 'severity' | 'measures' | 'leader' | 'methods' | 'aspect' | 'checkType';
export type ColumnKey = CommonKey | FieldKey;
export type ItemColumn = ColumnDef<ColumnKey>;

const col = (key: ColumnKey, rest: Omit<ItemColumn, 'key' | 'label' | 'note'>): ItemColumn => ({
  key,
  label: `ledgerImport.col.${key}` as MessageKey,
  note: `ledgerImport.note.${key}` as MessageKey,
  ...rest,
});

export const YES_NO: EnumOptions = {
  prefix: 'ledgerImport.yesNo',
  values: ['yes', 'no'],
  aliases: { y: 'yes', n: 'no', true: 'yes', false: 'no', '1': 'yes', '0': 'no', '√': 'yes', '✓': 'yes', '×': 'no', '✗': 'no' },
};

const shapes = {
  practical_matter: itemFieldsByKind.practical_matter.shape,
  problem: itemFieldsByKind.problem.shape,
  research_topic: itemFieldsByKind.research_topic.shape,
};

/** Coded values of the kinds' enumerations, shown with the labels the ledger pages use (messages/webLedgers.ts). */
export const OPTIONS = {
  practicalSource: {
    prefix: 'practicalSource',
    values: shapes.practical_matter.source.options,
    aliases: { 群众提交: 'employee_submission', 职工提交: 'employee_submission' },
  },
  problemSource: { prefix: 'problemSource', values: shapes.problem.source.options },
  severity: { prefix: 'problemSeverity', values: shapes.problem.severity.options },
  method: { prefix: 'researchMethod', values: shapes.research_topic.methods.element.options },
} as const satisfies Record<string, EnumOptions>;

export const COMMON_COLUMNS: readonly ItemColumn[] = [
  col('externalNo', { required: false, kind: 'text', max: 50, asText: true, width: 12 }),
  col('title', { required: true, kind: 'text', max: 300, width: 36 }),
  col('category', { required: false, kind: 'text', max: 100, width: 14 }),
  col('responsibleOrg', { required: true, kind: 'text', max: 200, width: 26 }),
  col('responsiblePerson', { required: false, kind: 'text', max: 80, width: 16 }),
  col('deadline', { required: false, kind: 'date', width: 13 }),
  col('registeredOn', { required: false, kind: 'date', width: 13 }),
  col('fixedAtOnce', { required: false, kind: 'enum', options: YES_NO, width: 10 }),
  col('description', { required: false, kind: 'text', max: 4000, width: 40 }),
];

export const FIELD_COLUMNS: Record<LedgerKind, readonly ItemColumn[]> = {
  practical_matter: [
    col('beneficiaries', { required: false, kind: 'text', max: 500, width: 18 }),
    col('source', { required: true, kind: 'enum', options: OPTIONS.practicalSource, width: 12 }),
    col('phase', { required: false, kind: 'text', max: 100, width: 12 }),
  ],
  problem: [
    col('source', { required: true, kind: 'enum', options: OPTIONS.problemSource, width: 12 }),
    col('severity', { required: true, kind: 'enum', options: OPTIONS.severity, width: 10 }),
    col('measures', { required: false, kind: 'text', max: 4000, width: 40 }),
  ],
  research_topic: [
    col('leader', { required: true, kind: 'text', max: 80, width: 14 }),
    // Several values in one cell: the import splits and matches them itself.
    col('methods', { required: true, kind: 'text', max: 500, width: 24 }),
  ],
  key_task: [col('aspect', { required: true, kind: 'text', max: 200, width: 20 })],
  special_check: [col('checkType', { required: true, kind: 'text', max: 100, width: 16 })],
};

/** The import's columns for a list of `kind`. */
export const importColumns = (kind: LedgerKind): readonly ItemColumn[] => [...COMMON_COLUMNS, ...FIELD_COLUMNS[kind]];

/** The enumeration of a kind's `source` column (the two kinds that have one differ). */
export const sourceOptions = (kind: LedgerKind) => (kind === 'problem' ? OPTIONS.problemSource : OPTIONS.practicalSource);

/** Field columns of several kinds, each key once, in kind order (a mixed export shares 来源 between kinds). */
export function fieldColumnsOf(kinds: readonly LedgerKind[]): ItemColumn[] {
  const seen = new Set<ColumnKey>();
  return LEDGER_KINDS.filter((k) => kinds.includes(k))
    .flatMap((k) => FIELD_COLUMNS[k])
    .filter((c) => !seen.has(c.key) && seen.add(c.key));
}

export const labelOf = (locale: Locale, o: EnumOptions, value: string) => translate(locale, `${o.prefix}.${value}` as MessageKey);

/** Separators between several values in one cell (个别访谈、问卷调查 / interviews, questionnaire). */
export const MULTI_SEPARATOR = /[、,，;；/\n]+/;
export const joinLabels = (locale: Locale, labels: string[]) => labels.join(locale === 'zh-CN' ? '、' : ', ');

export interface PersonRef {
  id: number;
  name: string;
  employeeNo: string | null;
}

/** A person as a cell shows them: 姓名（工号） when they have a staff number, so the name's twins do not matter. */
export const personText = (p: PersonRef) => (p.employeeNo ? `${p.name}（${p.employeeNo}）` : p.name);

/** What a person cell says: a name with a staff number in brackets, or one token that is a name or a number. */
export function parsePersonText(text: string): { name?: string; employeeNo?: string; token?: string } {
  const m = /^(.+?)\s*[（(]\s*([^）)]+?)\s*[）)]$/.exec(text.trim());
  if (m) return { name: m[1]!, employeeNo: m[2]! };
  return { token: text.trim() };
}
