// A draft's own fields, saved with the version read (409 → reload offer).
import { App, Button, Card, Flex, Form } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useConflict } from '../people/conflict';
import { ConflictNotice } from './ConflictNotice';
import { campaignKeys, updateCampaign } from './campaigns.api';
import { campaignBody, CampaignFields, campaignValues, type CampaignFormValues } from './CampaignFields';

export function PlanBasics({ campaign, onReload }: { campaign: CampaignDetail; onReload: () => Promise<unknown> }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<CampaignFormValues>();
  const { conflict, catchConflict, clear } = useConflict();

  // A newer version (after a save or a reload) refills the form.
  useEffect(() => {
    form.setFieldsValue(campaignValues(campaign));
  }, [campaign.version, form]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useMutation({
    mutationFn: (v: CampaignFormValues) => updateCampaign(campaign.id, { ...campaignBody(v), version: campaign.version }),
    onSuccess: (detail) => {
      void message.success(t('campaignPlan.saved'));
      client.setQueryData(campaignKeys.detail(campaign.id), detail);
      void client.invalidateQueries({ queryKey: ['campaigns', 'list'] });
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  return (
    <Card size="small" title={t('campaignPlan.basics')}>
      <ConflictNotice message={conflict} onReload={() => void onReload().then(clear)} />
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        initialValues={campaignValues(campaign)}
        onFinish={(v) => save.mutate(v)}
      >
        <CampaignFields ownerName={campaign.ownerName} />
        <Flex justify="flex-end">
          <Button data-testid="campaign-save" type="primary" htmlType="submit" loading={save.isPending} disabled={!!conflict}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
