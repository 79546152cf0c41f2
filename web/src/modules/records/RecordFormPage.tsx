// 新建 / 编辑组织生活记录: the record's fields, its attendance grid pre-filled from the roll, guests;
// "plan" (planned) or "record as held". Edits carry the version read (409 → reload offer); a locked
// record's change needs a reason (更正说明) and shows as an amendment.
import { Alert, App, Button, Card, Flex, Form, Input, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { RecordDetail } from '@xianfeng/shared/schemas/records';
import { QueryError, useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { OrgPicker } from '../../app/OrgPicker';
import { useOrg } from '../orgs/orgs.api';
import { ConflictAlert, useConflict } from '../people/conflict';
import { AttendanceGrid } from './AttendanceGrid';
import { RecordFields, type RecordFormValues } from './RecordFields';
import { createRecord, fetchRecordRoll, fetchRoll, recordKeys, updateRecord, useKinds, useRecord } from './records.api';
import { fillValues, mergeRoll, missingReasons, refusalsOf, toBody } from './recordForm';
import { toPicker, todayInZone } from './time';

function RecordForm({
  record,
  initialOrgId,
  onReload,
}: {
  record?: RecordDetail;
  initialOrgId: number | null;
  onReload?: () => Promise<RecordDetail | undefined>;
}) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<RecordFormValues>();
  const { conflict, catchConflict, clear } = useConflict();
  const [version, setVersion] = useState(record?.version ?? 0);
  const [refused, setRefused] = useState<Map<number, string>>(() => new Map());
  const initial = useMemo<RecordFormValues>(
    () =>
      record
        ? fillValues(record)
        : { orgId: initialOrgId, startsAt: toPicker(new Date().toISOString()).startOf('hour'), attendance: [], guests: [] },
    [record, initialOrgId],
  );

  const orgId = Form.useWatch('orgId', form) ?? initial.orgId;
  const startsAt = Form.useWatch('startsAt', form);
  const kindCode = Form.useWatch('kind', form);
  const day = startsAt ? startsAt.format('YYYY-MM-DD') : todayInZone();
  const org = useOrg(orgId);
  const kinds = useKinds(orgId);
  const usable = (kinds.data ?? []).filter(
    (k) => k.orgTypes.length === 0 || (org.data && k.orgTypes.includes(org.data.type)) || k.code === record?.kind,
  );
  const sameRoll = !!record && record.orgId === orgId && record.heldOn === day;
  const roll = useQuery({
    queryKey: sameRoll ? recordKeys.recordRoll(record.id) : recordKeys.roll(orgId ?? 0, day),
    queryFn: () => (sameRoll ? fetchRecordRoll(record.id) : fetchRoll(orgId!, day)),
    enabled: !!orgId,
  });

  // The current node may arrive after the form (the tree's roots load): fill it in, keeping what was typed.
  useEffect(() => {
    if (!record && initialOrgId && !form.getFieldValue('orgId')) form.setFieldValue('orgId', initialOrgId);
  }, [record, initialOrgId, form]);

  // A new roll (another node or day) keeps the marks of people still on it.
  useEffect(() => {
    if (roll.data) form.setFieldValue('attendance', mergeRoll(roll.data, form.getFieldValue('attendance') ?? []));
  }, [roll.data, form]);

  const save = useMutation({
    mutationFn: async ({ values, status }: { values: RecordFormValues; status: 'planned' | 'held' }) => {
      const body = toBody(values);
      if (!record) return createRecord({ orgId: values.orgId!, status, ...body });
      return updateRecord(record.id, {
        ...body,
        version,
        status: record.status === 'planned' ? status : undefined,
        amendReason: record.lockedAt ? values.amendReason?.trim() : undefined,
      });
    },
    onSuccess: async (saved) => {
      void message.success(t(record ? 'recordForm.saved' : 'recordForm.created'));
      await client.invalidateQueries({ queryKey: recordKeys.all });
      navigate(`/records/${saved.id}`, { replace: true });
      window.scrollTo(0, 0);
    },
    onError: (err) => {
      setRefused(refusalsOf(err));
      if (!catchConflict(err)) showError(err, form);
    },
  });

  const submit = (status: 'planned' | 'held') => {
    setRefused(new Map());
    form
      .validateFields()
      .then(() => save.mutate({ values: form.getFieldsValue(true) as RecordFormValues, status }))
      .catch(() => void message.warning(t('recordForm.checkFields')));
  };

  const reload = () =>
    void onReload?.().then((latest) => {
      if (latest) {
        form.setFieldsValue(fillValues(latest));
        setVersion(latest.version);
      }
      clear();
    });
  const hasLecturer = !!usable.find((k) => k.code === kindCode)?.hasLecturer;
  const planned = !record || record.status === 'planned';

  return (
    <Form<RecordFormValues> form={form} layout="vertical" initialValues={initial} scrollToFirstError>
      <ConflictAlert message={conflict} onReload={reload} />
      {refused.size > 0 && (
        <Alert
          data-testid="attendance-refused"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('recordForm.refusedTitle')}
          description={[...refused.values()].join(t('recordForm.sep'))}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="orgId" label={t('recordForm.org')} rules={[{ required: true, message: t('recordForm.orgRequired') }]}>
          {record ? (
            <Typography.Text strong>{record.orgName}</Typography.Text>
          ) : (
            <OrgPicker data-testid="record-org" allowClear={false} style={{ width: '100%', maxWidth: 420 }} />
          )}
        </Form.Item>
        <RecordFields kinds={usable} kindsLoading={kinds.isPending} roll={roll.data ?? []} hasLecturer={hasLecturer} />
      </Card>
      <Card size="small" title={t('recordForm.attendance', { date: fmt.date(day) })} style={{ marginBottom: 16 }}>
        {roll.isError && <QueryError error={roll.error} onRetry={() => void roll.refetch()} />}
        <Form.Item
          name="attendance"
          noStyle={false}
          rules={[
            {
              validator: (_, v) =>
                missingReasons(v) ? Promise.reject(new Error(t('recordForm.reasonRequired'))) : Promise.resolve(),
            },
          ]}
        >
          <AttendanceGrid roll={roll.data ?? []} orgId={orgId} refused={refused} />
        </Form.Item>
      </Card>
      {record?.lockedAt && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="amendReason"
            label={t('recordForm.amendReason')}
            extra={t('recordForm.amendHint')}
            rules={[{ required: true, whitespace: true, message: t('recordForm.amendRequired') }]}
          >
            <Input.TextArea data-testid="record-amend-reason" autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        </Card>
      )}
      <Flex justify="flex-end" gap={8} wrap>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        {planned && (
          <Button
            data-testid="record-save-planned"
            loading={save.isPending}
            disabled={!!conflict}
            onClick={() => submit('planned')}
          >
            {t(record ? 'recordForm.savePlan' : 'recordForm.plan')}
          </Button>
        )}
        <Button
          data-testid="record-save-held"
          type="primary"
          loading={save.isPending}
          disabled={!!conflict}
          onClick={() => submit('held')}
        >
          {t(planned ? 'recordForm.recordHeld' : 'common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

export default function RecordFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const [sp] = useSearchParams();
  const id = Number(useParams().id ?? 0);
  const editing = Number.isInteger(id) && id > 0;
  const query = useRecord(editing ? id : 0);
  const { nodeId } = useCurrentNode();
  const orgId = Number(sp.get('orgId')) || nodeId;

  const title = (
    <Flex align="center" gap={12}>
      <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('recordPage.back')} onClick={() => navigate(-1)} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t(editing ? 'recordForm.editTitle' : 'recordForm.newTitle')}
      </Typography.Title>
    </Flex>
  );
  if (editing && query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (editing && !query.data) return <Skeleton active />;
  if (editing && query.data && !query.data.can.write) return <Alert type="warning" showIcon title={t('recordForm.readOnly')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {title}
      <RecordForm
        key={editing ? id : 'new'}
        record={editing ? query.data : undefined}
        initialOrgId={orgId}
        onReload={async () => (await query.refetch()).data}
      />
    </Space>
  );
}
