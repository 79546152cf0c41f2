// Running a change to a node: refresh what shows it, report refusals, spot version conflicts.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { isVersionConflict } from '../../app/api';
import { useShowError } from '../../app/errors';
import { orgKeys } from './orgs.api';

export function useOrgChange() {
  const client = useQueryClient();
  const showError = useShowError();
  const [saving, setSaving] = useState(false);
  // Someone else saved first (409 on the version): offer to reload instead of overwriting.
  const [conflict, setConflict] = useState(false);

  /** `onRefusal` may take an error and show it itself (e.g. a list of refused people); true when it did. */
  async function run<T>(action: () => Promise<T>, form?: FormInstance, onRefusal?: (err: unknown) => boolean): Promise<T | undefined> {
    setSaving(true);
    setConflict(false);
    try {
      const result = await action();
      await Promise.all(
        [orgKeys.all, ['audit'], ['people']].map((queryKey) => client.invalidateQueries({ queryKey })),
      );
      return result;
    } catch (err) {
      // Other 409s (a code in use) are field errors.
      if (isVersionConflict(err)) setConflict(true);
      else if (!onRefusal?.(err)) showError(err, form);
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  return { run, saving, conflict, clearConflict: () => setConflict(false) };
}
