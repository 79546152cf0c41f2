// People of a subtree by party status, as a doughnut (ECharts, tree-shaken core).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { PARTY_STATUSES, type PartyStatus } from '@xianfeng/shared/domain';
import { useT } from '../../app/i18n';

echarts.use([PieChart, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One colour per status, from the party red of full members to the grey of non-members. */
const COLORS: Record<PartyStatus, string> = {
  full_member: '#c8161d',
  probationary_member: '#f5222d',
  candidate: '#fa8c16',
  activist: '#fadb14',
  applicant: '#91caff',
  non_member: '#bfbfbf',
};

export function StatusChart({ people, narrow }: { people: Record<PartyStatus, number>; narrow: boolean }) {
  const t = useT();
  const order = [...PARTY_STATUSES].reverse();
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: narrow ? { bottom: 0, type: 'scroll' } : { orient: 'vertical', right: 8, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['42%', '70%'],
        center: narrow ? ['50%', '42%'] : ['38%', '50%'],
        avoidLabelOverlap: true,
        label: { show: !narrow, formatter: '{b}\n{c}' },
        data: order.map((s) => ({ name: t(`partyStatus.${s}`), value: people[s], itemStyle: { color: COLORS[s] } })),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: narrow ? 300 : 320 }} data-testid="status-chart" />;
}
