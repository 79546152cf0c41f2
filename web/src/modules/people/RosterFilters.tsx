// The roster's filter bar: node, party status, gender and a search box (name / pinyin initials / employee number).
import { Grid, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { GENDERS, PARTY_STATUSES, type Gender, type PartyStatus } from '@xianfeng/shared/domain';
import { OrgPicker } from '../../app/OrgPicker';
import { useT } from '../../app/i18n';
import type { RosterParams } from './people.api';

interface Props {
  params: RosterParams;
  onChange: (change: Partial<RosterParams>) => void;
}

export function RosterFilters({ params, onChange }: Props) {
  const t = useT();
  // On phones every control takes the whole line.
  const narrow = Grid.useBreakpoint().sm === false;
  const w = (px: number) => (narrow ? '100%' : px);
  const [text, setText] = useState(params.q ?? '');
  // The term this box last searched for, so that only outside changes of the URL (back button, a link) refill it.
  const sent = useRef(params.q);
  const search = useCallback(
    (term: string) => {
      sent.current = term || undefined;
      onChange({ q: term || undefined });
    },
    [onChange],
  );
  useEffect(() => {
    if (params.q !== sent.current) {
      sent.current = params.q;
      setText(params.q ?? '');
    }
  }, [params.q]);
  // Search once typing pauses.
  useEffect(() => {
    const term = text.trim();
    if (term === (sent.current ?? '')) return;
    const timer = setTimeout(() => search(term), 400);
    return () => clearTimeout(timer);
  }, [text, search]);

  return (
    <Space wrap size={[8, 8]} orientation={narrow ? 'vertical' : 'horizontal'} style={{ width: '100%' }}>
      <OrgPicker
        data-testid="roster-org"
        value={params.orgId ?? null}
        onChange={(id) => onChange({ orgId: id ?? undefined })}
        placeholder={t('roster.filter.org')}
        style={{ width: w(260) }}
      />
      <Select<PartyStatus[]>
        data-testid="roster-status"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('roster.filter.status')}
        value={params.partyStatus}
        onChange={(v) => onChange({ partyStatus: v })}
        options={PARTY_STATUSES.map((s) => ({ value: s, label: t(`partyStatus.${s}`) }))}
        style={{ width: w(240) }}
      />
      <Select<Gender>
        data-testid="roster-gender"
        allowClear
        placeholder={t('roster.filter.gender')}
        value={params.gender}
        onChange={(v) => onChange({ gender: v })}
        options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
        style={{ width: w(100) }}
      />
      <Input
        data-testid="roster-search"
        allowClear
        prefix={<SearchOutlined />}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => search(text.trim())}
        placeholder={t('roster.filter.search')}
        title={t('roster.filter.searchHint')}
        style={{ width: w(280) }}
      />
    </Space>
  );
}
