// Picks one campaign (专项工作) by title among those the user reads (/api/campaigns?q=), showing the title of
// one already chosen (from the URL or the list) before any search.
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type CSSProperties } from 'react';
import { useT } from '../../app/i18n';
import { campaignKeys, fetchCampaigns, useCampaign } from '../campaigns/campaigns.api';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
  'data-testid'?: string;
}

export function CampaignSelect({ value, onChange, placeholder, style, disabled, ...rest }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const params = { q: term || undefined, page: 1, pageSize: 20 };
  const hits = useQuery({ queryKey: campaignKeys.list(params), queryFn: () => fetchCampaigns(params) });
  const options = (hits.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }));
  const chosen = useCampaign(value && !options.some((o) => o.value === value) ? value : 0);
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: chosen.data?.title ?? t('ledgersPage.campaignN', { id: value }) });

  return (
    <Select<number>
      data-testid={rest['data-testid']}
      allowClear
      disabled={disabled}
      style={style}
      value={value ?? undefined}
      placeholder={placeholder ?? t('ledgersPage.filter.campaign')}
      loading={hits.isFetching}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: '90vw' } } }}
      notFoundContent={t('ledgersPage.noCampaign')}
      options={options}
      onChange={(id) => {
        setText('');
        onChange?.(id ?? null);
      }}
    />
  );
}
