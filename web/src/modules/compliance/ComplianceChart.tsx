// Shares of fully compliant nodes per child node, as bars (red under 100%); a click drills down.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComplianceRow } from '@xianfeng/shared/schemas/compliance';
import { useT } from '../../app/i18n';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export function ComplianceChart({
  rows,
  narrow,
  onOpen,
}: {
  rows: ComplianceRow[];
  narrow: boolean;
  onOpen: (row: ComplianceRow) => void;
}) {
  const t = useT();
  const shown = rows.filter((r) => r.nodes > 0);
  const value = (r: ComplianceRow) => Math.floor((r.share ?? 0) * 1000) / 10;
  const option = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => `${v}%`,
    },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    // Horizontal bars: long Chinese names stay readable, on phones too.
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((r) => r.name),
      axisLabel: { width: narrow ? 110 : 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('compliancePage.col.share'),
        barMaxWidth: 22,
        data: shown.map((r) => ({ value: value(r), itemStyle: { color: (r.share ?? 0) >= 1 ? '#389e0d' : '#cf1322' } })),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
  if (shown.length === 0) return null;
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(160, shown.length * 30 + 40) }}
      onEvents={{ click: (p: { dataIndex: number }) => shown[p.dataIndex] && onOpen(shown[p.dataIndex]!) }}
      data-testid="compliance-chart"
    />
  );
}
