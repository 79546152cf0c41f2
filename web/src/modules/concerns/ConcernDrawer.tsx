// 诉求详情: the concern, who sent it (staff see name and contact), and for its managers the decision —
// 受理 into a 我为群众办实事 list (list, title, responsible node, deadline, category) or 不予受理 with a reason.
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Grid, Input, Segmented, Select, Skeleton, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ConcernView } from '@xianfeng/shared/schemas/concerns';
import { isVersionConflict } from '../../app/api';
import { QueryError, useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { acceptConcern, concernKeys, rejectConcern, useConcern, useLedgersFor } from './concerns.api';
import { ConcernStatusTag } from './ConcernStatusTag';

interface AcceptValues {
  ledgerId: number;
  title: string;
  responsibleOrgId: number;
  deadline: Dayjs;
  category?: string | null;
}

const firstLine = (text: string) => {
  const line = text.split('\n')[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
};

function Decide({ concern, onDone }: { concern: ConcernView; onDone: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const client = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [mode, setMode] = useState<'accept' | 'reject'>('accept');
  const [acceptForm] = Form.useForm<AcceptValues>();
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const ledgers = useLedgersFor(concern.id, true);
  const ledgerId = Form.useWatch('ledgerId', acceptForm);
  const categories = ledgers.data?.find((l) => l.id === ledgerId)?.categories ?? [];

  const done = async (text: string) => {
    void message.success(text);
    await client.invalidateQueries({ queryKey: concernKeys.all });
    onDone();
  };
  const onError = (err: unknown, form: Parameters<typeof showError>[1]) => {
    showError(err, form);
    if (isVersionConflict(err)) void client.invalidateQueries({ queryKey: concernKeys.all });
  };
  const accept = useMutation({
    mutationFn: (v: AcceptValues) =>
      acceptConcern(concern.id, {
        version: concern.version,
        ledgerId: v.ledgerId,
        title: v.title,
        responsibleOrgId: v.responsibleOrgId,
        deadline: v.deadline.format('YYYY-MM-DD'),
        category: v.category ?? null,
      }),
    onSuccess: () => done(t('concernDrawer.accepted')),
    onError: (err) => onError(err, acceptForm),
  });
  const reject = useMutation({
    mutationFn: (v: { reason: string }) => rejectConcern(concern.id, { version: concern.version, reason: v.reason }),
    onSuccess: () => done(t('concernDrawer.rejected')),
    onError: (err) => onError(err, rejectForm),
  });

  return (
    <>
      <Segmented<'accept' | 'reject'>
        block
        value={mode}
        onChange={setMode}
        style={{ marginBottom: 16 }}
        options={[
          { value: 'accept', label: <span data-testid="concern-mode-accept">{t('concernDrawer.accept')}</span> },
          { value: 'reject', label: <span data-testid="concern-mode-reject">{t('concernDrawer.reject')}</span> },
        ]}
      />
      {mode === 'accept' && (
        <>
          {ledgers.data?.length === 0 && <Alert type="warning" showIcon title={t('concernDrawer.noLedger')} style={{ marginBottom: 16 }} />}
          <Form<AcceptValues>
            form={acceptForm}
            layout="vertical"
            requiredMark={false}
            data-testid="concern-accept-form"
            initialValues={{ title: firstLine(concern.text), responsibleOrgId: concern.orgId }}
            onValuesChange={(changed: Partial<AcceptValues>) => {
              if ('ledgerId' in changed) {
                const cats = ledgers.data?.find((l) => l.id === changed.ledgerId)?.categories ?? [];
                acceptForm.setFieldValue('category', concern.category && cats.includes(concern.category) ? concern.category : undefined);
              }
            }}
            onFinish={(v) => accept.mutate(v)}
          >
            <Form.Item name="ledgerId" label={t('concernDrawer.ledger')} rules={[{ required: true, message: t('common.required') }]}>
              <Select
                data-testid="concern-ledger"
                loading={ledgers.isPending}
                placeholder={t('concernDrawer.ledgerPlaceholder')}
                options={(ledgers.data ?? []).map((l) => ({ value: l.id, label: `${l.title}（${l.ownerName}）` }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('concernDrawer.itemTitle')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} data-testid="concern-item-title" />
            </Form.Item>
            <Form.Item name="responsibleOrgId" label={t('concernDrawer.responsible')} rules={[{ required: true, message: t('common.required') }]}>
              <OrgPicker allowClear={false} data-testid="concern-responsible" />
            </Form.Item>
            <Form.Item name="deadline" label={t('concernDrawer.deadline')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker format={fmt.dateFormat} style={{ width: '100%' }} data-testid="concern-deadline" />
            </Form.Item>
            {categories.length > 0 && (
              <Form.Item name="category" label={t('concernDrawer.category')}>
                <Select allowClear data-testid="concern-category" options={categories.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" block loading={accept.isPending} data-testid="concern-accept">
              {t('concernDrawer.acceptSubmit')}
            </Button>
          </Form>
        </>
      )}
      {mode === 'reject' && (
        <Form form={rejectForm} layout="vertical" requiredMark={false} onFinish={(v) => reject.mutate(v)} data-testid="concern-reject-form">
          <Form.Item name="reason" label={t('concernDrawer.reason')} rules={[{ required: true, whitespace: true, message: t('concern.reasonRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="concern-reason" />
          </Form.Item>
          <Button danger htmlType="submit" block loading={reject.isPending} data-testid="concern-reject">
            {t('concernDrawer.rejectSubmit')}
          </Button>
        </Form>
      )}
    </>
  );
}

export function ConcernDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const concern = useConcern(id);
  const c = concern.data;
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={t('concernDrawer.title')}
      size={narrow ? '100%' : 520}
      destroyOnHidden
      data-testid="concern-drawer"
    >
      {concern.isError && <QueryError error={concern.error} onRetry={() => void concern.refetch()} />}
      {id && concern.isPending && <Skeleton active />}
      {c && (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }} data-testid="concern-text-full">
            {c.text}
          </Typography.Paragraph>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('concernsPage.col.status')}>
              <ConcernStatusTag status={c.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('concernsPage.col.org')}>{c.orgName}</Descriptions.Item>
            {c.category && <Descriptions.Item label={t('concernsPage.col.category')}>{c.category}</Descriptions.Item>}
            <Descriptions.Item label={t('concernsPage.col.at')}>{fmt.dateTime(c.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('concernDrawer.submitter')}>{c.submitterName ?? t('concernsPage.anonymous')}</Descriptions.Item>
            <Descriptions.Item label={t('concernDrawer.contact')}>{c.contact ?? t('concernDrawer.noContact')}</Descriptions.Item>
            {c.decidedAt && (
              <Descriptions.Item label={t('concernDrawer.decidedBy')}>
                {[c.decidedByName, fmt.dateTime(c.decidedAt)].filter(Boolean).join(' · ')}
              </Descriptions.Item>
            )}
            {c.reason && <Descriptions.Item label={t('concernFollow.reason')}>{c.reason}</Descriptions.Item>}
            {c.itemId && (
              <Descriptions.Item label={t('concernDrawer.item')}>
                <Link to={`/ledger-items/${c.itemId}`} data-testid="concern-item-link">
                  {c.itemTitle ?? t('concernDrawer.openItem')}
                </Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          {c.can.decide && <Decide key={c.version} concern={c} onDone={() => void concern.refetch()} />}
          {c.status === 'new' && !c.can.decide && <Alert type="info" showIcon title={t('concernDrawer.readOnly')} />}
        </>
      )}
    </Drawer>
  );
}
