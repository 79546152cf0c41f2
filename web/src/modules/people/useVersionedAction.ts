// A change to a person that carries the version the dialog opened with; 409 is kept for a reload offer.
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useShowError } from '../../app/errors';
import type { MessageKey } from '@xianfeng/shared/i18n';
import { useT } from '../../app/i18n';
import { useConflict } from './conflict';
import { peopleKeys } from './people.api';

interface Options<V> {
  open: boolean;
  /** The person's version when the dialog opened. */
  version: number;
  form: FormInstance<V>;
  run: (values: V, version: number) => Promise<unknown>;
  done: MessageKey;
  onDone: () => void;
}

export function useVersionedAction<V>({ open, version: current, form, run, done, onDone }: Options<V>) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const { conflict, catchConflict, clear } = useConflict();
  const [version, setVersion] = useState(current);

  useEffect(() => {
    if (open) {
      setVersion(current);
      clear();
    }
    // Take the version only when the dialog opens (or after an explicit reload).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const mutation = useMutation({
    mutationFn: (values: V) => run(values, version),
    onSuccess: async () => {
      void message.success(t(done));
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      form.resetFields();
      onDone();
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  /** After a reload: take the new version and hide the conflict. */
  const reloaded = (latest: number | undefined) => {
    if (latest) setVersion(latest);
    clear();
  };
  return { mutation, conflict, reloaded };
}
