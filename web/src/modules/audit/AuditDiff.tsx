// Before and after of an audited change, field by field, with the changed ones highlighted.
import { Empty, Table } from 'antd';
import { useFormat, useT, type Translate } from '../../app/i18n';
import { labelOr } from './audit.api';
import { diffRows, type DiffRow } from './audit.diff';

type Row = DiffRow;

/** Enumerated values shown with their labels (orgType.branch → 党支部). */
const ENUM_FIELDS: Record<string, string> = { type: 'orgType', partyStatus: 'partyStatus', status: 'partyStatus', role: 'role', title: 'position', gender: 'gender' };

function useShow() {
  const t = useT();
  const { date, dateTime } = useFormat();
  return (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('common.none');
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'string') {
      const prefix = ENUM_FIELDS[field];
      if (prefix) return labelOr(t, `${prefix}.${v}`, v);
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return date(v);
      if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return dateTime(v);
      return v;
    }
    if (typeof v === 'number') return String(v);
    return JSON.stringify(v);
  };
}

const fieldLabel = (t: Translate, field: string) => labelOr(t, `orgField.${field}`, field);

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const show = useShow();
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noDetail')} />;
  }
  // A creation (no before) or a removal (no after) lists every field on its one side.
  const rows = diffRows(before, after);
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;

  return (
    <Table<Row>
      data-testid="audit-diff"
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.changed && hasBefore && hasAfter ? 'xf-diff-changed' : '')}
      columns={[
        { title: t('audit.field'), dataIndex: 'field', width: 160, render: (f: string) => fieldLabel(t, f) },
        ...(hasBefore
          ? [{ title: t('audit.before'), key: 'before', render: (_: unknown, r: Row) => <span className={r.changed && hasAfter ? 'xf-diff-before' : undefined}>{show(r.field, r.before)}</span> }]
          : []),
        ...(hasAfter
          ? [{ title: t('audit.after'), key: 'after', render: (_: unknown, r: Row) => <span className={r.changed && hasBefore ? 'xf-diff-after' : undefined}>{show(r.field, r.after)}</span> }]
          : []),
      ]}
    />
  );
}
