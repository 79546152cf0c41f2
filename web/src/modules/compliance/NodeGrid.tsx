// One node's compliance: a rule × month grid where each period (a month, or a quarter spanning three
// columns) shows held (with links to the records), missing (red), exempt or not expected.
import { Alert, Empty, Space, Tag, theme, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ComplianceNode, CompliancePeriod, PeriodStatus } from '@xianfeng/shared/schemas/compliance';
import { useT } from '../../app/i18n';
import { monthsOf } from './compliance.periods';
import { useColumnTitle } from './ComplianceTableView';

/** The rule column stays in view while the months scroll sideways (phones). */
const sticky = { position: 'sticky', left: 0, zIndex: 1 } as const;

const COLORS: Record<PeriodStatus, { bg: string; fg: string }> = {
  met: { bg: '#f6ffed', fg: '#389e0d' },
  exempt: { bg: '#f0f5ff', fg: '#1d39c4' },
  not_expected: { bg: '#fafafa', fg: '#8c8c8c' },
  pending: { bg: '#fffbe6', fg: '#d48806' },
  missed: { bg: '#fff1f0', fg: '#cf1322' },
};

function PeriodCell({ p, span, kindName }: { p: CompliancePeriod; span: number; kindName: string }) {
  const t = useT();
  const c = COLORS[p.status];
  return (
    <td
      colSpan={span}
      data-testid={`grid-cell-${p.periodStart}`}
      data-status={p.status}
      style={{
        background: c.bg,
        color: c.fg,
        padding: '6px 8px',
        border: '1px solid #f0f0f0',
        textAlign: 'center',
        verticalAlign: 'top',
      }}
    >
      <Tooltip
        title={t('compliancePage.periodTip', {
          kind: kindName,
          start: p.periodStart,
          end: p.periodEnd,
          held: p.held,
          expected: p.expected,
          onTime: p.heldOnTime,
        })}
      >
        <div style={{ fontWeight: 600 }}>{t(`periodStatus.${p.status}`)}</div>
      </Tooltip>
      {p.held > 0 && <div style={{ fontSize: 12 }}>{t('compliancePage.heldOf', { held: p.held, expected: p.expected })}</div>}
      {p.recordIds.length > 0 && (
        <Space size={4} wrap style={{ justifyContent: 'center' }}>
          {p.recordIds.map((id, i) => (
            <Link key={id} to={`/records/${id}`} style={{ fontSize: 12 }}>
              {t('compliancePage.recordLink', { n: i + 1 })}
            </Link>
          ))}
        </Space>
      )}
    </td>
  );
}

export function NodeGrid({ node }: { node: ComplianceNode }) {
  const t = useT();
  const { token } = theme.useToken();
  const columnTitle = useColumnTitle();
  const months = monthsOf(node.from.slice(0, 7), node.to.slice(0, 7));
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (node.rules.length === 0) return <Empty description={t('compliancePage.noRules')} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type={node.compliant ? 'success' : 'error'}
        showIcon
        data-testid="node-compliant"
        title={t(node.compliant ? 'compliancePage.nodeCompliant' : 'compliancePage.nodeNotCompliant', { name: node.name })}
      />
      <div style={{ overflowX: 'auto' }}>
        <table
          data-testid="compliance-grid"
          style={{ borderCollapse: 'collapse', width: '100%', minWidth: 130 + months.length * 96 }}
        >
          <thead>
            <tr style={{ background: token.colorFillAlter }}>
              <th
                style={{
                  ...sticky,
                  background: token.colorFillAlter,
                  textAlign: 'left',
                  padding: 8,
                  border: '1px solid #f0f0f0',
                  minWidth: 130,
                }}
              >
                {t('compliancePage.col.rule')}
              </th>
              {months.map((m) => (
                <th key={m} style={{ padding: 8, border: '1px solid #f0f0f0', fontWeight: 500 }}>
                  {dayjs(`${m}-01`).format(t('compliancePage.monthFormat'))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {node.rules.map(({ rule, periods, missing }) => (
              <tr key={rule.key} data-testid={`grid-row-${rule.kind}`}>
                <td style={{ ...sticky, background: token.colorBgContainer, padding: 8, border: '1px solid #f0f0f0' }}>
                  <div>{columnTitle(rule)}</div>
                  {missing.length > 0 && <Tag color="red">{t('compliancePage.missing', { count: missing.length })}</Tag>}
                </td>
                {periods.map((p) => {
                  const start = p.periodStart.slice(0, 7) < first ? first : p.periodStart.slice(0, 7);
                  const end = p.periodEnd.slice(0, 7) > last ? last : p.periodEnd.slice(0, 7);
                  const span = months.filter((m) => m >= start && m <= end).length;
                  return span > 0 ? <PeriodCell key={p.periodStart} p={p} span={span} kindName={rule.kindName} /> : null;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('compliancePage.gridHint')}
      </Typography.Text>
    </Space>
  );
}
