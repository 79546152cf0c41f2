// Picks a person by name, pinyin initials or employee number (searching /api/people?q=).
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PersonSummary } from '@xianfeng/shared/schemas/people';
import { useT } from '../../app/i18n';
import { peopleKeys, searchPeople } from '../people/people.api';

interface Props {
  value?: number | null;
  onChange?: (id: number | null, person?: PersonSummary) => void;
}

export function PersonSelect({ value, onChange }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const hits = useQuery({ queryKey: peopleKeys.search(term), queryFn: () => searchPeople(term), enabled: term.length > 0 });
  const [picked, setPicked] = useState<PersonSummary | null>(null);
  const people = hits.data?.items ?? (picked ? [picked] : []);

  return (
    <Select<number>
      data-testid="account-person"
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value ?? undefined}
      placeholder={t('accountsPage.personSearch')}
      loading={hits.isFetching}
      notFoundContent={term ? t('accountsPage.noPerson') : t('accountsPage.typeToSearch')}
      options={people.map((p) => ({
        value: p.id,
        label: [p.name, p.orgName, p.employeeNo].filter(Boolean).join(' · '),
      }))}
      onChange={(id) => {
        const person = people.find((p) => p.id === id) ?? null;
        setPicked(person);
        onChange?.(id ?? null, person ?? undefined);
      }}
    />
  );
}
