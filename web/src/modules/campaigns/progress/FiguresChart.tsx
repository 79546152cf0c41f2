// Per required action: the share of its units done on time, done late and not done (as of the chosen day),
// as stacked bars — shares, so an action for 73 branches sits beside one for 9 units.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { CampaignFigures } from '@xianfeng/shared/schemas/campaigns';
import { useT } from '../../../app/i18n';
import { TONES } from './states';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type ActionFigure = CampaignFigures['actions'][number];

export function FiguresChart({ actions, narrow }: { actions: ActionFigure[]; narrow: boolean }) {
  const t = useT();
  const shown = actions.filter((a) => a.units > 0);
  if (shown.length === 0) return null;
  const parts = [
    { name: t('overview.chart.onTime'), color: TONES.done.color, count: (a: ActionFigure) => a.onTime },
    { name: t('overview.chart.late'), color: TONES.doneLate.color, count: (a: ActionFigure) => a.done - a.onTime },
    { name: t('overview.chart.notDone'), color: '#d9d9d9', count: (a: ActionFigure) => a.units - a.done },
  ];
  const share = (n: number, a: ActionFigure) => Math.round((n / a.units) * 1000) / 10;
  const option = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // "按时完成 8 / 9 (88.9%)" per part.
      formatter: (ps: { dataIndex: number; seriesIndex: number; marker: string }[]) => {
        const a = shown[ps[0]?.dataIndex ?? 0]!;
        const lines = ps.map((p) => `${p.marker}${parts[p.seriesIndex]!.name} ${parts[p.seriesIndex]!.count(a)} / ${a.units}`);
        return [a.title, ...lines].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    // Horizontal bars keep long action titles readable, on phones too.
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((a) => a.title),
      axisLabel: { width: narrow ? 110 : 260, overflow: 'truncate' },
    },
    series: parts.map((s) => ({
      type: 'bar',
      stack: 'units',
      name: s.name,
      barMaxWidth: 22,
      itemStyle: { color: s.color },
      data: shown.map((a) => share(s.count(a), a)),
    })),
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(180, shown.length * 32 + 60) }}
      data-testid="overview-chart"
    />
  );
}
