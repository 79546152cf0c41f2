// 部署: confirm (how many actions), then the launch that creates every assignment in one transaction —
// a progress indicator while it runs, and the result ("已向 N 个党组织部署 M 项任务").
import { Button, Modal, Progress, Result, Typography } from 'antd';
import { RocketOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { isVersionConflict } from '../../app/api';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { campaignKeys, launchCampaign } from './campaigns.api';

/** An indeterminate bar that creeps towards 95 % while the server works (it does not report steps). */
function useCreep(running: boolean) {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    if (!running) return;
    setPercent(5);
    const timer = setInterval(() => setPercent((p) => Math.min(95, p + (95 - p) * 0.08)), 300);
    return () => clearInterval(timer);
  }, [running]);
  return Math.round(percent);
}

export function LaunchButton({ campaign, onReload }: { campaign: CampaignDetail; onReload: () => Promise<unknown> }) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const showError = useShowError();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const launch = useMutation({
    mutationFn: () => launchCampaign(campaign.id, campaign.version),
    // The launched campaign goes into the cache only when the result is closed: it is no longer
    // editable, and the editor holding this dialog would go away with it.
    onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns', 'list'] }),
    onError: (err) => {
      if (isVersionConflict(err)) void onReload();
      showError(err);
    },
  });
  const percent = useCreep(launch.isPending);
  const count = campaign.actions.length;
  const close = () => {
    if (launch.isPending) return;
    setOpen(false);
    if (launch.data) {
      client.setQueryData(campaignKeys.detail(campaign.id), launch.data.campaign);
      navigate(`/campaigns/${campaign.id}`);
    }
    launch.reset();
  };

  const body = launch.isSuccess ? (
    <Result
      status="success"
      title={t('campaignLaunch.done')}
      subTitle={
        <span data-testid="launch-result">
          {launch.data.orgs === undefined
            ? t('campaignLaunch.resultTasks', { tasks: fmt.number(launch.data.assignments) })
            : t('campaignLaunch.result', { orgs: fmt.number(launch.data.orgs), tasks: fmt.number(launch.data.assignments) })}
        </span>
      }
    />
  ) : launch.isPending ? (
    <div data-testid="launch-running" style={{ padding: '16px 0' }}>
      <Typography.Paragraph>{t('campaignLaunch.running')}</Typography.Paragraph>
      <Progress percent={percent} status="active" />
    </div>
  ) : (
    <Typography.Paragraph data-testid="launch-confirm">{t('campaignLaunch.confirm', { count })}</Typography.Paragraph>
  );

  return (
    <>
      <Button
        data-testid="campaign-launch"
        type="primary"
        icon={<RocketOutlined />}
        disabled={count === 0}
        onClick={() => setOpen(true)}
      >
        {t('campaignLaunch.button')}
      </Button>
      <Modal
        open={open}
        title={t('campaignLaunch.title', { title: campaign.title })}
        closable={!launch.isPending}
        maskClosable={false}
        onCancel={close}
        footer={
          launch.isSuccess ? (
            <Button data-testid="launch-open" type="primary" onClick={close}>
              {t('campaignLaunch.open')}
            </Button>
          ) : (
            <>
              <Button disabled={launch.isPending} onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button data-testid="launch-ok" type="primary" loading={launch.isPending} onClick={() => launch.mutate()}>
                {t('campaignLaunch.ok')}
              </Button>
            </>
          )
        }
      >
        {body}
      </Modal>
    </>
  );
}
