// The ledgers' charts (ECharts, tree-shaken core): items by category or status (bars), by colour (pie), and the
// weekly trend of registered against closed (lines). Each takes the figures' counted lists as they come.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Empty } from 'antd';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import { ITEM_COLOURS, ITEM_STATUSES } from '@xianfeng/shared/schemas/ledgers';
import { useT } from '../../app/i18n';
import { COLOUR_TONES } from './ledgers.helpers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const STATUS_COLOURS: Record<(typeof ITEM_STATUSES)[number], string> = {
  registered: '#8c8c8c',
  in_progress: '#08979c',
  close_requested: '#1677ff',
  closed: '#389e0d',
  returned: '#d4380d',
  extended: '#722ed1',
};

function NoData() {
  const t = useT();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledgerFigures.noItems')} />;
}

/** Horizontal bars: long category names stay readable, on phones too. */
function Bars({ rows, height, testId }: { rows: { name: string; value: number; color?: string }[]; height?: number; testId: string }) {
  if (rows.length === 0) return <NoData />;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        label: { show: true, position: 'right' },
        data: rows.map((r) => ({ value: r.value, itemStyle: r.color ? { color: r.color } : { color: '#c8161d' } })),
      },
    ],
  };
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: height ?? Math.max(120, rows.length * 30 + 30) }} />
    </div>
  );
}

export function CategoryChart({ figures }: { figures: LedgerFigures }) {
  const t = useT();
  const rows = figures.byCategory.map((c) => ({ name: c.key ?? t('ledgerFigures.noCategory'), value: c.items }));
  return <Bars rows={rows} testId="chart-category" />;
}

export function StatusChart({ figures }: { figures: LedgerFigures }) {
  const t = useT();
  const rows = ITEM_STATUSES.map((s) => ({
    name: t(`itemStatus.${s}`),
    value: figures.byStatus.find((b) => b.key === s)?.items ?? 0,
    color: STATUS_COLOURS[s],
  })).filter((r) => r.value > 0);
  return <Bars rows={rows} testId="chart-status" />;
}

export function KindChart({ figures }: { figures: LedgerFigures }) {
  const t = useT();
  const rows = figures.byKind.filter((k) => k.items > 0).map((k) => ({ name: t(`ledgerKind.${k.key}`), value: k.items }));
  return <Bars rows={rows} testId="chart-kind" />;
}

export function ColourChart({ figures, height = 220 }: { figures: LedgerFigures; height?: number }) {
  const t = useT();
  const data = ITEM_COLOURS.map((c) => ({
    name: t(`itemColour.${c}`),
    value: figures.byColour.find((b) => b.key === c)?.items ?? 0,
    itemStyle: { color: COLOUR_TONES[c].color },
  })).filter((d) => d.value > 0);
  if (data.length === 0) return <NoData />;
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{c}' }, data }],
  };
  return (
    <div data-testid="chart-colour">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} />
    </div>
  );
}

export function TrendChart({ figures }: { figures: LedgerFigures }) {
  const t = useT();
  if (figures.trend.length === 0) return <NoData />;
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: figures.trend.map((w) => w.week) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'line', name: t('ledgerFigures.registered'), smooth: true, itemStyle: { color: '#c8161d' }, data: figures.trend.map((w) => w.registered) },
      { type: 'line', name: t('ledgerFigures.closedWeekly'), smooth: true, itemStyle: { color: '#389e0d' }, data: figures.trend.map((w) => w.closed) },
    ],
  };
  return (
    <div data-testid="chart-trend">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260 }} />
    </div>
  );
}
