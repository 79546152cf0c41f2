// Picks one person by name, pinyin initials or employee number (/api/people?q=), showing the name of
// a person already chosen (e.g. an action's contact person) before any search.
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PersonSummary } from '@xianfeng/shared/schemas/people';
import { useT } from '../../app/i18n';
import { peopleKeys, searchPeople, usePerson } from '../people/people.api';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** The chosen person's name when the caller knows it (saves a request). */
  knownName?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

export function PersonPicker({ value, onChange, knownName, disabled, ...rest }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const hits = useQuery({ queryKey: peopleKeys.search(term), queryFn: () => searchPeople(term), enabled: term.length > 0 });
  const [picked, setPicked] = useState<PersonSummary | null>(null);
  const current = usePerson(value && !knownName && picked?.id !== value ? value : 0);
  const label = (p: Pick<PersonSummary, 'name' | 'orgName' | 'employeeNo'>) =>
    [p.name, p.orgName, p.employeeNo].filter(Boolean).join(' · ');

  const options = (hits.data?.items ?? []).map((p) => ({ value: p.id, label: label(p) }));
  if (value && !options.some((o) => o.value === value)) {
    const name = picked?.id === value ? label(picked) : (knownName ?? (current.data ? label(current.data) : String(value)));
    options.unshift({ value, label: name });
  }

  return (
    <Select<number>
      data-testid={rest['data-testid']}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value ?? undefined}
      placeholder={t('campaignPlan.personSearch')}
      loading={hits.isFetching}
      notFoundContent={term ? t('campaignPlan.noPerson') : t('campaignPlan.typeToSearch')}
      options={options}
      onChange={(id) => {
        setPicked(hits.data?.items.find((p) => p.id === id) ?? null);
        setText('');
        onChange?.(id ?? null);
      }}
    />
  );
}
