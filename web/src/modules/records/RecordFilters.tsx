// The records list's filter bar: node, kinds, status, the days held and a topic search.
import { DatePicker, Grid, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { RECORD_STATUSES, type RecordStatus } from '@xianfeng/shared/schemas/records';
import { OrgPicker } from '../../app/OrgPicker';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { useKinds, type RecordsParams } from './records.api';
import { kindLabel } from './RecordTags';

interface Props {
  params: RecordsParams;
  onChange: (change: Partial<RecordsParams>) => void;
}

export function RecordFilters({ params, onChange }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const narrow = Grid.useBreakpoint().sm === false;
  const w = (px: number) => (narrow ? '100%' : px);
  const kinds = useKinds(params.orgId ?? null);
  const [text, setText] = useState(params.q ?? '');
  const sent = useRef(params.q);

  // Refill the box only when the URL changes from outside (back button, a link).
  useEffect(() => {
    if (params.q !== sent.current) {
      sent.current = params.q;
      setText(params.q ?? '');
    }
  }, [params.q]);
  useEffect(() => {
    const term = text.trim();
    if (term === (sent.current ?? '')) return;
    const timer = setTimeout(() => {
      sent.current = term || undefined;
      onChange({ q: term || undefined });
    }, 400);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  return (
    <Space wrap size={[8, 8]} orientation={narrow ? 'vertical' : 'horizontal'} style={{ width: '100%' }}>
      <OrgPicker
        data-testid="records-org"
        value={params.orgId ?? null}
        onChange={(id) => onChange({ orgId: id ?? undefined })}
        placeholder={t('recordsPage.filter.org')}
        style={{ width: w(240) }}
      />
      <Select<string[]>
        data-testid="records-kind"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('recordsPage.filter.kind')}
        value={params.kind}
        onChange={(v) => onChange({ kind: v })}
        loading={kinds.isPending}
        options={(kinds.data ?? []).map((k) => ({ value: k.code, label: kindLabel(k, locale) }))}
        optionFilterProp="label"
        style={{ width: w(220) }}
      />
      <Select<RecordStatus[]>
        data-testid="records-status"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('recordsPage.filter.status')}
        value={params.status}
        onChange={(v) => onChange({ status: v })}
        options={RECORD_STATUSES.map((s) => ({ value: s, label: t(`recordStatus.${s}`) }))}
        style={{ width: w(170) }}
      />
      <DatePicker.RangePicker
        data-testid="records-dates"
        format={fmt.dateFormat}
        value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
        allowEmpty={[true, true]}
        onChange={(v) => onChange({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
        placeholder={[t('recordsPage.filter.from'), t('recordsPage.filter.to')]}
        style={{ width: w(280) }}
      />
      <Input
        data-testid="records-search"
        allowClear
        prefix={<SearchOutlined />}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('recordsPage.filter.search')}
        style={{ width: w(200) }}
      />
    </Space>
  );
}
