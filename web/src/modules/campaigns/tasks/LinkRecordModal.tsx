// 关联记录: pick held records of the unit's subtree (filtered by kind, days and topic) to count for the assignment.
import { App, Button, DatePicker, Flex, Input, List, Modal, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AssignmentDetail } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../../app/errors';
import { useFormat, useLocale, useT } from '../../../app/i18n';
import { useKinds } from '../../records/records.api';
import { kindLabel, KindTag } from '../../records/RecordTags';
import { todayInZone } from '../../records/time';
import { useEvidenceMutations } from '../assignments.api';
import { useRecordChoices } from './recordChoices';

export function LinkRecordModal({ open, assignment: a, onClose }: { open: boolean; assignment: AssignmentDetail; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const [kind, setKind] = useState<string | null>(a.action.recordKind);
  const [range, setRange] = useState<[string, string]>([a.windowStart, todayInZone()]);
  const [q, setQ] = useState('');
  const kinds = useKinds(open ? a.orgId : null);
  const records = useRecordChoices(open ? a.orgId : null, { kind, from: range[0], to: range[1], q });
  const { link } = useEvidenceMutations(a.id);
  const counted = new Set(a.records.map((r) => r.recordId));
  // A 'records' action with a kind takes only that kind (the server checks too).
  const kindFixed = a.action.completion === 'records' && !!a.action.recordKind;

  return (
    <Modal open={open} title={t('assignmentPage.linkRecord')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Flex wrap gap={8} style={{ marginBottom: 8 }}>
        <Select
          data-testid="link-record-kind"
          allowClear={!kindFixed}
          disabled={kindFixed}
          placeholder={t('assignmentPage.anyKind')}
          value={kind ?? undefined}
          onChange={(v?: string) => setKind(v ?? null)}
          options={(kinds.data ?? []).map((k) => ({ value: k.code, label: kindLabel(k, locale) }))}
          style={{ width: 180 }}
        />
        <DatePicker.RangePicker
          allowClear={false}
          format={fmt.dateFormat}
          value={[dayjs(range[0]), dayjs(range[1])]}
          disabledDate={(d) => d.format('YYYY-MM-DD') < a.windowStart}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
        />
        <Input.Search allowClear placeholder={t('assignmentPage.searchTopic')} onSearch={setQ} style={{ width: 200 }} />
      </Flex>
      <List
        data-testid="link-record-list"
        loading={records.isFetching}
        dataSource={records.data?.items ?? []}
        pagination={false}
        renderItem={(r) => (
          <List.Item
            actions={[
              counted.has(r.id) ? (
                <Tag key="in" color="success">
                  {t('assignmentPage.counted')}
                </Tag>
              ) : (
                <Button
                  key="link"
                  size="small"
                  data-testid={`link-record-${r.id}`}
                  loading={link.isPending && link.variables?.recordId === r.id}
                  onClick={() =>
                    link.mutate({ recordId: r.id }, { onSuccess: () => void message.success(t('assignmentPage.linked')), onError: (e) => showError(e) })
                  }
                >
                  {t('assignmentPage.link')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={r.topic}
              description={
                <Flex wrap gap={6} align="center">
                  <KindTag kind={r.kind} name={r.kindName} />
                  <Typography.Text type="secondary">
                    {fmt.date(r.heldOn)} · {r.orgName}
                  </Typography.Text>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      {(records.data?.total ?? 0) > (records.data?.items.length ?? 0) && (
        <Typography.Text type="secondary">{t('assignmentPage.moreRecords', { count: records.data!.total })}</Typography.Text>
      )}
    </Modal>
  );
}
