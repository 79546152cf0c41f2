// Held records of a node's subtree to pick as evidence or as the meeting a guidance member attended.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchRecords, recordKeys, type RecordsParams } from '../../records/records.api';

export interface RecordChoiceFilter {
  kind?: string | null;
  from?: string;
  to?: string;
  q?: string;
}

export function useRecordChoices(orgId: number | null | undefined, f: RecordChoiceFilter, pageSize = 50) {
  const params: RecordsParams = {
    orgId: orgId ?? undefined,
    kind: f.kind ? [f.kind] : [],
    status: ['held'],
    from: f.from,
    to: f.to,
    q: f.q || undefined,
    page: 1,
    pageSize,
  };
  return useQuery({
    queryKey: recordKeys.list(params),
    queryFn: () => fetchRecords(params),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}
