// 时间节点: the deadlines of the required actions by phase — past ones grey, those due within a week in
// orange; the phase holding today is the current step. Folded on phones, above the tabs.
import { Card, Collapse, Grid, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { useLocale, useT } from '../../app/i18n';
import { todayInZone } from '../records/time';
import { deadlineTone, timelineGroups } from './campaigns.helpers';

const TONE_COLOR = { past: '#8c8c8c', soon: '#d46b08', later: undefined } as const;

export function DeadlineTimeline({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const phone = Grid.useBreakpoint().md === false;
  const today = todayInZone();
  const short = (d: string) => dayjs(d).format(locale === 'zh-CN' ? 'M月D日' : 'MM-DD');
  const groups = timelineGroups(campaign.phases, campaign.actions);
  if (campaign.actions.length === 0) return null;

  // The current step: the first group with a deadline still ahead (all past: every step finished).
  const ahead = groups.findIndex((g) => g.actions.some((a) => a.deadline >= today));
  const current = ahead === -1 ? groups.length : ahead;

  const steps = (
    <Steps
      size="small"
      orientation={phone ? 'vertical' : 'horizontal'}
      current={current}
      items={groups.map((g) => ({
        title: g.phase?.name ?? t('campaignPage.noPhase'),
        content: (
          <div style={{ paddingTop: 4 }}>
            {g.actions.map((a) => {
              const tone = deadlineTone(a.deadline, today);
              return (
                <div key={a.id} style={{ fontSize: 12, lineHeight: '20px', color: TONE_COLOR[tone] }}>
                  <Typography.Text strong={tone === 'soon'} style={{ color: 'inherit', fontSize: 12 }}>
                    {short(a.deadline)}
                  </Typography.Text>{' '}
                  {a.title}
                </div>
              );
            })}
          </div>
        ),
      }))}
    />
  );
  const title = t('campaignPage.timelineCount', { count: campaign.actions.length });
  if (phone)
    return <Collapse data-testid="deadline-timeline" size="small" items={[{ key: 'timeline', label: title, children: steps }]} />;
  return (
    <Card size="small" title={title} data-testid="deadline-timeline">
      {steps}
    </Card>
  );
}
