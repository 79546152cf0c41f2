// Record kinds' names in the user's language, looked up by code (figures and evidence carry codes).
import { useCallback } from 'react';
import { useLocale } from '../../../app/i18n';
import { useKinds } from '../../records/records.api';
import { kindLabel } from '../../records/RecordTags';

export function useKindName(orgId: number | null) {
  const { locale } = useLocale();
  const kinds = useKinds(orgId);
  return useCallback(
    (code: string) => {
      const k = kinds.data?.find((x) => x.code === code);
      return k ? kindLabel(k, locale) : code;
    },
    [kinds.data, locale],
  );
}
